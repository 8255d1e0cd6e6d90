package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.source.FileFormat;
import java.io.File;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The add/edit form of one data source, inline in the sources column: a file (path or glob, format, CSV
 * options detected and overridable) or a database (URL, user, and a password given as an environment
 * variable or encrypted before saving).
 */
final class SourceFormPane extends VBox {

    private final SourceFormViewModel form;
    private final GridPane grid = new GridPane();
    private int row;

    SourceFormPane(SourceFormViewModel form, SourcesViewModel sources) {
        this.form = form;
        setId("quality-source-form");
        setSpacing(10);
        grid.getStyleClass().add("form");
        grid.getColumnConstraints().addAll(new ColumnConstraints(78), grow());
        Label title = new Label(form.originalName().map(n -> "Edit " + n)
                .orElse(form.kind() == SourceKind.FILE ? "Add a file source" : "Add a database source"));
        title.getStyleClass().add("section-title");
        add("Name", field("source-name", form.nameProperty(), "A name for this source"));
        if (form.kind() == SourceKind.FILE) {
            fileFields(sources);
        } else {
            databaseFields();
        }
        Button save = button("source-save", "Save", sources::save);
        save.setDefaultButton(true);
        save.disableProperty().bind(sources.busyProperty());
        Button test = button("source-test", "Test connection", sources::testConnection);
        test.disableProperty().bind(sources.busyProperty());
        Button cancel = button("source-cancel", "Cancel", sources::cancelEdit);
        getChildren().addAll(title, grid, new HBox(8, save, test, cancel));
    }

    private void fileFields(SourcesViewModel sources) {
        TextField location = field("source-location", form.locationProperty(), "/data/payments.csv or logs/*.csv");
        Button browse = button("source-browse", "Browse\u2026", this::browse);
        HBox.setHgrow(location, Priority.ALWAYS);
        add("File", new HBox(6, location, browse));
        ComboBox<FileFormat> format = new ComboBox<>(FXCollections.observableArrayList(FileFormat.values()));
        format.setId("source-format");
        format.valueProperty().bindBidirectional(form.formatProperty());
        add("Format", format);
        GridPane csv = new GridPane();
        csv.setHgap(6);
        csv.setVgap(6);
        csv.addRow(0, new Label("Delimiter"), choice("source-delimiter", CsvChoices.DELIMITERS, form.delimiterProperty()),
                new Label("Header"), choice("source-header", CsvChoices.HEADERS, form.headerProperty()));
        csv.addRow(1, new Label("Quote"), choice("source-quote", CsvChoices.QUOTES, form.quoteProperty()),
                new Label("Encoding"), choice("source-encoding", CsvChoices.ENCODINGS, form.encodingProperty()));
        csv.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> form.formatProperty().get() == null || form.formatProperty().get().isDelimitedText(),
                form.formatProperty()));
        csv.managedProperty().bind(csv.visibleProperty());
        add("CSV", csv);
        Button detect = button("source-detect", "Detect", sources::detectCsv);
        detect.visibleProperty().bind(csv.visibleProperty());
        Label detected = new Label();
        detected.setId("source-detected");
        detected.getStyleClass().add("muted");
        detected.setWrapText(true);
        detected.textProperty().bind(form.detectedProperty());
        add("", new HBox(8, detect, detected));
    }

    private void databaseFields() {
        ComboBox<JdbcTemplate> template = new ComboBox<>(FXCollections.observableArrayList(JdbcTemplate.values()));
        template.setId("source-template");
        template.valueProperty().bindBidirectional(form.templateProperty());
        add("Database", template);
        add("URL", field("source-url", form.urlProperty(), "jdbc:postgresql://host:5432/db"));
        add("User", field("source-user", form.userProperty(), "optional"));
        List<PasswordMode> modes = form.hasSavedPassword() ? List.of(PasswordMode.values())
                : List.of(PasswordMode.NONE, PasswordMode.ENVIRONMENT, PasswordMode.ENCRYPTED);
        ComboBox<PasswordMode> mode = new ComboBox<>(FXCollections.observableArrayList(modes));
        mode.setId("source-password-mode");
        mode.valueProperty().bindBidirectional(form.passwordModeProperty());
        add("Password", mode);
        TextField variable = field("source-password-variable", form.passwordVariableProperty(), "PGPASSWORD");
        showFor(variable, PasswordMode.ENVIRONMENT);
        add("", labelled("${env:", variable, "}"));
        PasswordField password = new PasswordField();
        password.setId("source-password");
        password.setPromptText("Encrypted with a key outside the workspace");
        password.textProperty().bindBidirectional(form.passwordProperty());
        showFor(password, PasswordMode.ENCRYPTED);
        add("", password);
    }

    private void showFor(Node node, PasswordMode mode) {
        node.visibleProperty().bind(form.passwordModeProperty().isEqualTo(mode));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static HBox labelled(String before, TextField field, String after) {
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox box = new HBox(4, new Label(before), field, new Label(after));
        box.visibleProperty().bind(field.visibleProperty());
        box.managedProperty().bind(box.visibleProperty());
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a data file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Data files", "*.csv", "*.tsv", "*.txt", "*.parquet", "*.json", "*.jsonl",
                        "*.ndjson", "*.csv.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            form.locationProperty().set(chosen.getAbsolutePath());
            if (form.nameProperty().get().isBlank()) {
                form.nameProperty().set(chosen.getName().replaceFirst("\\.[^.]+$", ""));
            }
        }
    }

    private void add(String label, Node field) {
        Label name = new Label(label);
        name.getStyleClass().add("form-label");
        name.visibleProperty().bind(field.visibleProperty());
        name.managedProperty().bind(field.managedProperty());
        grid.addRow(row++, name, field);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static ComboBox<String> choice(String id, List<String> values, javafx.beans.property.StringProperty property) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.valueProperty().bindBidirectional(property);
        box.setPrefWidth(96);
        return box;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        return fields;
    }
}
