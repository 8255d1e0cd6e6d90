package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.quality.suite.SuiteVersion;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Save, list, diff and roll back versions of the suite; import and export GX suite files. */
final class VersionsPane extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    VersionsPane(SuiteVersionsViewModel versions) {
        super(6);
        TextField note = new TextField();
        note.setId("version-note");
        note.setPromptText("Note for this version (optional)");
        HBox.setHgrow(note, Priority.ALWAYS);
        Button save = new Button("Save version");
        save.setId("version-save");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> {
            versions.save(note.getText());
            note.clear();
        });
        Button importButton = new Button("Import\u2026");
        importButton.setId("suite-import");
        importButton.setOnAction(event -> chooser("Import a suite").map(c -> c.showOpenDialog(getScene().getWindow()))
                .ifPresent(file -> versions.importFile(file.toPath())));
        Button export1 = new Button("Export GX 1.x\u2026");
        export1.setOnAction(event -> export(versions, SuiteJson.Version.V1));
        Button export0 = new Button("Export GX 0.x\u2026");
        export0.setOnAction(event -> export(versions, SuiteJson.Version.V0));
        ListView<SuiteVersion> list = new ListView<>(versions.versions());
        list.setId("version-list");
        list.setPrefHeight(120);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SuiteVersion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label(item) + (item.note().isBlank() ? "" : " \u2014 " + item.note()));
            }
        });
        ComboBox<SuiteVersion> from = versionBox(versions, "version-from");
        from.valueProperty().bindBidirectional(versions.fromProperty());
        ComboBox<SuiteVersion> to = versionBox(versions, "version-to");
        to.valueProperty().bindBidirectional(versions.toProperty());
        Button diff = new Button("Diff");
        diff.setId("version-diff");
        diff.setOnAction(event -> versions.diff());
        Button rollback = new Button("Roll back to selected");
        rollback.setId("version-rollback");
        rollback.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        rollback.setOnAction(event -> versions.rollback(list.getSelectionModel().getSelectedItem()));
        Label status = new Label();
        status.setId("version-status");
        status.setWrapText(true);
        status.textProperty().bind(versions.statusProperty());
        TextArea changes = area("version-changes", versions.changesProperty());
        TextArea unified = area("version-unified", versions.unifiedProperty());
        SplitPane sideBySide = new SplitPane(area("version-left", versions.fromJsonProperty()),
                area("version-right", versions.toJsonProperty()));
        TabPane views = new TabPane(new Tab("Changes", changes), new Tab("Unified", unified),
                new Tab("Side by side", sideBySide));
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(views, Priority.ALWAYS);
        FlowPane files = new FlowPane(6, 6, importButton, export1, export0);
        getChildren().addAll(new HBox(6, note, save), files, list,
                new HBox(6, new Label("Compare"), from, new Label("with"), to, diff, rollback), status, views);
    }

    private static String label(SuiteVersion version) {
        return "v" + version.version() + "  " + TIME.format(version.savedAt());
    }

    private static ComboBox<SuiteVersion> versionBox(SuiteVersionsViewModel versions, String id) {
        ComboBox<SuiteVersion> box = new ComboBox<>(versions.versions());
        box.setId(id);
        box.setButtonCell(versionCell());
        box.setCellFactory(l -> versionCell());
        return box;
    }

    private static ListCell<SuiteVersion> versionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SuiteVersion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "v" + item.version());
            }
        };
    }

    private static TextArea area(String id, javafx.beans.value.ObservableValue<String> text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("code");
        area.textProperty().bind(text);
        return area;
    }

    private void export(SuiteVersionsViewModel versions, SuiteJson.Version version) {
        chooser("Export the suite").map(c -> c.showSaveDialog(getScene().getWindow()))
                .ifPresent(file -> versions.exportFile(file.toPath(), version));
    }

    private static java.util.Optional<FileChooser> chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Suite JSON", "*.json"));
        chooser.setInitialDirectory(new File(System.getProperty("user.home")));
        return java.util.Optional.of(chooser);
    }
}
