package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.monitor.dashboard.DashboardSource;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;

/**
 * Where a dashboard's metrics come from: this workspace's local store, or CloudWatch as a profile of the AWS
 * config files (or the default credentials), in a region (or Settings' region), through an optional endpoint
 * (LocalStack). With a name field when it creates a dashboard.
 */
final class DashboardSourceDialog extends Dialog<DashboardSourceDialog.Choice> {

    /** The name given (null when editing an open dashboard's source) and the source chosen. */
    record Choice(String name, DashboardSource source) {
    }

    private final TextField name = new TextField("My dashboard");
    private final RadioButton local = new RadioButton("Local: this workspace's metrics");
    private final RadioButton cloudWatch = new RadioButton("Amazon CloudWatch");
    private final ComboBox<String> profile = new ComboBox<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final TextField endpoint = new TextField();

    /** @param current the open dashboard's source to edit, or null to create a dashboard */
    DashboardSourceDialog(MonitoringViewModel model, DashboardSource current) {
        boolean creating = current == null;
        setTitle(creating ? "New dashboard" : "Dashboard source");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        SourceChoices choices = model.sourceChoices();
        AwsProfiles profiles = choices.profiles();
        Optional<String> fallbackRegion = choices.settingsRegion();
        ToggleGroup kind = new ToggleGroup();
        local.setToggleGroup(kind);
        cloudWatch.setToggleGroup(kind);
        local.setId("source-local");
        cloudWatch.setId("source-cloudwatch");
        name.setId("dashboard-name");
        profile.setId("source-profile");
        region.setId("source-region");
        endpoint.setId("source-endpoint");
        for (javafx.scene.control.Control field : new javafx.scene.control.Control[] {name, profile, region, endpoint}) {
            field.setPrefWidth(300);
        }
        profile.setEditable(true);
        profile.getItems().setAll(profiles.names());
        profile.setPromptText("default credentials");
        region.setEditable(true);
        region.getItems().setAll(AwsProfiles.KNOWN_REGIONS);
        region.setPromptText(fallbackRegion.map(r -> "Settings: " + r).orElse("choose a region"));
        endpoint.setPromptText("optional, e.g. http://localhost:4566");
        DashboardSource start = current == null ? DashboardSource.LOCAL : current;
        (start.isCloudWatch() ? cloudWatch : local).setSelected(true);
        profile.setValue(start.profile().orElse(null));
        region.setValue(start.region().orElse(null));
        endpoint.setText(start.endpoint().orElse(""));
        // A profile that names its region fills an empty region field, as the AWS CLI would use it.
        profile.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && (region.getValue() == null || region.getValue().isBlank())) {
                profiles.region(chosen).ifPresent(region::setValue);
            }
        });
        for (javafx.scene.Node field : new javafx.scene.Node[] {profile, region, endpoint}) {
            field.disableProperty().bind(cloudWatch.selectedProperty().not());
        }
        Label problem = new Label();
        problem.setId("source-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.setStyle("-fx-text-fill: #c0392b;");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        int row = 0;
        if (creating) {
            form.addRow(row++, new Label("Name"), name);
        }
        form.add(local, 0, row++, 2, 1);
        form.add(cloudWatch, 0, row++, 2, 1);
        form.addRow(row++, new Label("Profile"), profile);
        form.addRow(row++, new Label("Region"), region);
        form.addRow(row++, new Label("Endpoint"), endpoint);
        form.add(problem, 0, row, 2, 1);
        getDialogPane().setContent(form);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            Optional<String> wrong = choices.problem(source());
            wrong.ifPresent(text -> {
                problem.setText(text);
                event.consume();
            });
        });
        setResultConverter(button -> button == ButtonType.OK ? new Choice(creating ? name.getText() : null, source())
                : null);
    }

    private DashboardSource source() {
        if (local.isSelected()) {
            return DashboardSource.LOCAL;
        }
        return DashboardSource.cloudWatch(text(profile), text(region), endpoint.getText());
    }

    /** An editable combo box's text, typed or picked. */
    private static String text(ComboBox<String> box) {
        String typed = box.getEditor().getText();
        return typed == null || typed.isBlank() ? box.getValue() : typed;
    }
}
