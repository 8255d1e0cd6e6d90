package io.dataops.workbench.ui.quality.builder;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The selected expectation's live result: pass/fail with the unexpected count, a few unexpected values, the SQL. */
final class LiveResultPane extends VBox {

    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    LiveResultPane(LivePreviewViewModel preview) {
        super(4);
        setId("live-result");
        getStyleClass().add("live-result");
        Label title = new Label("Result on the current batch");
        title.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.setId("live-summary");
        summary.getStyleClass().add("live-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(preview.summaryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(preview.runningProperty());
        preview.stateProperty().addListener((obs, old, now) -> {
            summary.pseudoClassStateChanged(PASSED, now == LivePreviewViewModel.State.PASSED);
            summary.pseudoClassStateChanged(FAILED, now == LivePreviewViewModel.State.FAILED
                    || now == LivePreviewViewModel.State.ERROR);
        });
        ListView<String> values = new ListView<>(preview.unexpectedValues());
        values.setId("live-unexpected");
        values.setPrefHeight(90);
        values.setPlaceholder(new Label("No unexpected values."));
        TextArea sql = new TextArea();
        sql.setId("live-sql");
        sql.setEditable(false);
        sql.setWrapText(true);
        sql.setPrefRowCount(3);
        sql.getStyleClass().add("code");
        sql.textProperty().bind(preview.sqlProperty());
        sql.setPromptText("The SQL the expectation runs appears here.");
        getChildren().addAll(new HBox(6, title, busy), summary, new Label("Unexpected values"), values,
                new Label("SQL"), sql);
    }
}
