package io.dataops.workbench.ui.quality.builder;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The suite as JSON beside the form, editable: typing applies to the form when it parses; when it does not,
 * the text stays as typed and the problem (line, column) shows under it.
 */
final class SuiteJsonPane extends VBox {

    SuiteJsonPane(SuiteBuilderViewModel builder) {
        super(4);
        TextArea json = new TextArea(builder.jsonTextProperty().get());
        json.setId("suite-json");
        json.getStyleClass().add("code");
        VBox.setVgrow(json, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("suite-json-problem");
        problem.getStyleClass().add("json-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        builder.jsonProblemProperty().addListener((obs, old, now) -> {
            problem.setVisible(now.isPresent());
            problem.setText(now.map(JsonProblem::describe).orElse(""));
        });
        problem.setVisible(false);
        boolean[] pushing = {false};
        builder.jsonTextProperty().addListener((obs, old, now) -> {
            if (!now.equals(json.getText())) {
                pushing[0] = true;
                json.setText(now);
                pushing[0] = false;
            }
        });
        json.textProperty().addListener((obs, old, now) -> {
            if (!pushing[0]) {
                builder.jsonEdited(now);
            }
        });
        getChildren().addAll(json, problem);
    }
}
