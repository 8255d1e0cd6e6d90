package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.quality.source.JdbcSource;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The data-source manager: the list of sources with add, edit, remove and test; the form replaces the list while open. */
final class SourcesPane extends VBox {

    SourcesPane(SourcesViewModel sources) {
        setSpacing(8);
        Label title = new Label("Data sources");
        title.getStyleClass().add("section-title");
        ListView<DataSource> list = sourceList(sources);
        VBox.setVgrow(list, Priority.ALWAYS);
        Button addFile = button("quality-add-file", "Add file\u2026", () -> sources.startAdd(SourceKind.FILE));
        Button addDatabase = button("quality-add-database", "Add database\u2026",
                () -> sources.startAdd(SourceKind.DATABASE));
        Button edit = button("quality-edit-source", "Edit", sources::startEdit);
        Button remove = button("quality-remove-source", "Remove", sources::removeSelected);
        var notEditable = Bindings.createBooleanBinding(() -> sources.selectedProperty().get() == null
                || sources.isBuiltIn(sources.selectedProperty().get()), sources.selectedProperty());
        edit.disableProperty().bind(notEditable);
        remove.disableProperty().bind(notEditable);
        Button test = button("quality-test-source", "Test", sources::testConnection);
        test.disableProperty().bind(sources.selectedProperty().isNull().or(sources.busyProperty()));
        FlowPane actions = new FlowPane(6, 6, addFile, addDatabase, edit, remove, test);
        VBox browsing = new VBox(8, list, actions);
        VBox.setVgrow(browsing, Priority.ALWAYS);
        VBox formHolder = new VBox();
        VBox.setVgrow(formHolder, Priority.ALWAYS);
        sources.formProperty().addListener((obs, old, form) -> formHolder.getChildren()
                .setAll(form == null ? java.util.List.of() : java.util.List.of(new SourceFormPane(form, sources))));
        browsing.visibleProperty().bind(sources.formProperty().isNull());
        browsing.managedProperty().bind(browsing.visibleProperty());
        formHolder.visibleProperty().bind(browsing.visibleProperty().not());
        formHolder.managedProperty().bind(formHolder.visibleProperty());
        Label message = new Label();
        message.setId("quality-source-message");
        message.setWrapText(true);
        message.textProperty().bind(sources.messageProperty());
        message.styleProperty().bind(Bindings.when(sources.messageIsErrorProperty())
                .then("-fx-text-fill: #d9534f;").otherwise(""));
        getChildren().addAll(title, browsing, formHolder, message);
    }

    private static ListView<DataSource> sourceList(SourcesViewModel sources) {
        ListView<DataSource> list = new ListView<>(sources.sources());
        list.setId("quality-sources");
        list.setPrefHeight(150);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0); // ellipsize long names instead of scrolling sideways
            }

            @Override
            protected void updateItem(DataSource item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setTooltip(empty || item == null ? null : new Tooltip(where(item)));
            }
        });
        sources.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        // Reloading the list clears the selection in the view; show the view model's again.
        sources.sources().addListener((javafx.collections.ListChangeListener<DataSource>) change ->
                list.getSelectionModel().select(sources.selectedProperty().get()));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                sources.selectedProperty().set(now);
            }
        });
        return list;
    }

    /** The tooltip: the file or the URL (the URL never holds a password: the store refuses one). */
    private static String where(DataSource source) {
        if (source instanceof FileSource file) {
            return file.format() + " " + file.location();
        }
        return ((JdbcSource) source).url();
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
