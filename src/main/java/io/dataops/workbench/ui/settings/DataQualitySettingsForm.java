package io.dataops.workbench.ui.settings;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The Data Quality section of Settings: DuckDB limits, extra JDBC driver jars, masking of stored values. */
final class DataQualitySettingsForm extends GridPane {

    DataQualitySettingsForm(DataQualitySettingsViewModel viewModel) {
        getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(640);
        getColumnConstraints().addAll(labels, fields);
        TextField memory = commitOnLeave(new TextField(), viewModel, "settings-duckdb-memory");
        memory.setPromptText("2GB");
        memory.setPrefColumnCount(8);
        memory.textProperty().bindBidirectional(viewModel.memoryLimitProperty());
        TextField threads = commitOnLeave(new TextField(), viewModel, "settings-duckdb-threads");
        threads.setPrefColumnCount(4);
        threads.textProperty().bindBidirectional(viewModel.threadsProperty());
        HBox duckDb = new HBox(8, new Label("memory_limit"), memory, new Label("threads"), threads);
        duckDb.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        addRow(0, label("DuckDB"), duckDb);
        addRow(1, label("JDBC jars"), driverJars(viewModel));
        CheckBox mask = new CheckBox("Mask sample and top values in stored profiles and exports");
        mask.setId("settings-mask-values");
        mask.selectedProperty().bindBidirectional(viewModel.maskValuesProperty());
        addRow(2, label("Profiles"), mask);
        Label message = new Label();
        message.setId("settings-quality-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.styleProperty().bind(Bindings.when(viewModel.failedProperty())
                .then("-fx-text-fill: #d9534f;").otherwise(""));
        add(message, 1, 3);
    }

    private VBox driverJars(DataQualitySettingsViewModel viewModel) {
        ListView<Path> jars = new ListView<>(viewModel.driverJars());
        jars.setId("settings-driver-jars");
        jars.setPrefHeight(72);
        jars.setPlaceholder(new Label("PostgreSQL, H2, DuckDB and SQLite drivers are built in."));
        Button add = new Button("Add jar\u2026");
        add.setId("settings-driver-add");
        add.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a JDBC driver jar");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Java archives", "*.jar"));
            File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (chosen != null) {
                viewModel.addDriverJar(chosen.toPath().toAbsolutePath());
            }
        });
        Button remove = new Button("Remove");
        remove.setId("settings-driver-remove");
        remove.disableProperty().bind(jars.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> viewModel.removeDriverJar(jars.getSelectionModel().getSelectedItem()));
        return new VBox(6, jars, new HBox(8, add, remove));
    }

    private static TextField commitOnLeave(TextField field, DataQualitySettingsViewModel viewModel, String id) {
        field.setId(id);
        field.setOnAction(event -> viewModel.commitEngine());
        field.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                viewModel.commitEngine();
            }
        });
        return field;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }
}
