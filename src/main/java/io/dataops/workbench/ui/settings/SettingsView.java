package io.dataops.workbench.ui.settings;

import io.dataops.workbench.ui.common.AreaHeader;
import io.dataops.workbench.ui.common.Theme;
import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Settings area: the Terraform binary, the AWS profile and region, data quality (when given), and the theme. */
public final class SettingsView extends VBox {

    private final SettingsViewModel viewModel;

    /** With the Data Quality section: DuckDB limits, JDBC driver jars, masking. */
    public SettingsView(SettingsViewModel viewModel, DataQualitySettingsViewModel quality) {
        this(viewModel);
        getChildren().addAll(getChildren().size() - 2, java.util.List.of(section("Data quality"),
                new DataQualitySettingsForm(quality)));
    }

    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("area");
        getChildren().addAll(
                new AreaHeader("Settings", "Saved in this workspace. Only names are stored: AWS credentials stay "
                        + "in your AWS profile."),
                section("Terraform"), terraformForm(),
                section("AWS"), awsForm(),
                section("Appearance"), themeForm());
    }

    private static Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        return label;
    }

    private GridPane terraformForm() {
        TextField binary = new TextField();
        binary.setId("settings-terraform-binary");
        binary.setPromptText("terraform, tofu, or a full path");
        binary.textProperty().bindBidirectional(viewModel.terraformBinaryProperty());
        binary.setOnAction(event -> viewModel.commitTerraformBinary());
        binary.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                viewModel.commitTerraformBinary();
            }
        });
        HBox.setHgrow(binary, Priority.ALWAYS);
        Button browse = new Button("Browse\u2026");
        browse.setId("settings-terraform-browse");
        browse.setOnAction(event -> browse());
        Button check = new Button("Check");
        check.setId("settings-terraform-check");
        check.disableProperty().bind(viewModel.checkingProperty());
        Label result = new Label();
        result.setId("settings-terraform-result");
        result.getStyleClass().add("check-result");
        result.setWrapText(true);
        result.textProperty().bind(viewModel.checkResultProperty());
        result.managedProperty().bind(result.textProperty().isNotEmpty());
        result.visibleProperty().bind(result.managedProperty());
        result.styleProperty().bind(javafx.beans.binding.Bindings.when(viewModel.checkFailedProperty())
                .then("-fx-text-fill: #d9534f;").otherwise(""));
        check.setOnAction(event -> viewModel.checkTerraform());
        GridPane form = form();
        form.addRow(0, label("Binary"), new HBox(8, binary, browse, check));
        form.add(result, 1, 1);
        return form;
    }

    private GridPane awsForm() {
        ComboBox<String> profile = new ComboBox<>(viewModel.profiles());
        profile.setId("settings-aws-profile");
        profile.setPromptText("Default credential chain");
        profile.valueProperty().bindBidirectional(viewModel.awsProfileProperty());
        profile.setPrefWidth(260);
        ComboBox<String> region = new ComboBox<>(viewModel.regions());
        region.setId("settings-aws-region");
        region.setPromptText("Region of the profile");
        region.setEditable(true);
        region.valueProperty().bindBidirectional(viewModel.awsRegionProperty());
        region.setPrefWidth(260);
        Label hint = new Label("Profiles come from ~/.aws/config and ~/.aws/credentials (or AWS_CONFIG_FILE).");
        hint.getStyleClass().add("muted");
        GridPane form = form();
        form.addRow(0, label("Profile"), profile);
        form.addRow(1, label("Region"), region);
        form.add(hint, 1, 2);
        return form;
    }

    private GridPane themeForm() {
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(16);
        for (Theme theme : Theme.values()) {
            RadioButton button = new RadioButton(theme.toString());
            button.setId("settings-theme-" + theme.key());
            button.setToggleGroup(group);
            button.setUserData(theme);
            button.setSelected(viewModel.themeProperty().get() == theme);
            choices.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.themeProperty().set((Theme) now.getUserData());
            }
        });
        viewModel.themeProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        GridPane form = form();
        form.addRow(0, label("Theme"), choices);
        return form;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the terraform or tofu program");
        File current = new File(viewModel.terraformBinaryProperty().get());
        if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParentFile());
        }
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            viewModel.terraformBinaryProperty().set(chosen.getAbsolutePath());
            viewModel.commitTerraformBinary();
        }
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }

    private static GridPane form() {
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(640);
        form.getColumnConstraints().addAll(labels, fields);
        return form;
    }
}
