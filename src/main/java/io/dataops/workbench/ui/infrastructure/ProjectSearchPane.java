package io.dataops.workbench.ui.infrastructure;

import io.dataops.workbench.terraform.editing.SearchQuery;
import io.dataops.workbench.terraform.project.SearchHit;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Search across the project: a query, plain or regex, and the hits; a hit opens its file at the match. */
final class ProjectSearchPane extends VBox {

    private final TextField query = new TextField();

    ProjectSearchPane(InfrastructureViewModel viewModel, Consumer<SearchHit> openHit) {
        getStyleClass().add("project-search");
        setSpacing(4);
        query.setId("project-search-field");
        query.setPromptText("Search in project");
        HBox.setHgrow(query, Priority.ALWAYS);
        CheckBox regex = new CheckBox("Regex");
        regex.setId("project-search-regex");
        CheckBox matchCase = new CheckBox("Match case");
        Button search = new Button("Search");
        search.setId("project-search-run");
        Runnable run = () -> viewModel.actions().search(new SearchQuery(query.getText(), regex.isSelected(),
                matchCase.isSelected()));
        search.setOnAction(event -> run.run());
        query.setOnAction(event -> run.run());
        Label status = new Label();
        status.getStyleClass().add("muted");
        status.textProperty().bind(viewModel.actions().searchStatusProperty());
        HBox row = new HBox(6, query, regex, matchCase, search, status);
        row.setAlignment(Pos.CENTER_LEFT);

        ListView<SearchHit> results = new ListView<>(viewModel.actions().searchHits());
        results.setId("project-search-results");
        results.setPrefHeight(130);
        results.setPlaceholder(new Label("Search results appear here"));
        results.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : relative(viewModel, hit.file()) + ":" + hit.line() + ":"
                        + hit.column() + "   " + hit.lineText());
            }
        });
        results.setOnMouseClicked(event -> {
            SearchHit hit = results.getSelectionModel().getSelectedItem();
            if (hit != null && event.getClickCount() >= 1) {
                openHit.accept(hit);
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        getChildren().addAll(row, results);
    }

    void focus() {
        query.requestFocus();
        query.selectAll();
    }

    private static String relative(InfrastructureViewModel viewModel, Path file) {
        var project = viewModel.selectedProjectProperty().get();
        if (project == null) {
            return file.toString();
        }
        Path root = Path.of(project.location()).toAbsolutePath().normalize();
        return file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
    }
}
