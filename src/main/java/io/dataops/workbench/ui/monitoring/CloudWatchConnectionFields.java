package io.dataops.workbench.ui.monitoring;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Profile, region and endpoint rows of the CloudWatch dialogs, bound to the view model. */
final class CloudWatchConnectionFields {

    private CloudWatchConnectionFields() {
    }

    /** Adds the three rows from {@code row}; returns the next free row. */
    static int addTo(GridPane grid, int row, CloudWatchDashboardsViewModel model) {
        ComboBox<String> profile = new ComboBox<>(model.profiles());
        profile.setId("cw-profile");
        profile.setEditable(true);
        profile.setPromptText("default credentials");
        profile.valueProperty().bindBidirectional(model.profileProperty());
        ComboBox<String> region = new ComboBox<>(model.regions());
        region.setId("cw-region");
        region.setEditable(true);
        region.setPromptText("eu-west-1");
        region.valueProperty().bindBidirectional(model.regionProperty());
        TextField endpoint = new TextField();
        endpoint.setId("cw-endpoint");
        endpoint.setPromptText("AWS's own (or http://localhost:4566 for LocalStack)");
        endpoint.textProperty().bindBidirectional(model.endpointProperty());
        grid.addRow(row, new Label("Profile"), profile);
        grid.addRow(row + 1, new Label("Region"), region);
        grid.addRow(row + 2, new Label("Endpoint"), endpoint);
        profile.setMaxWidth(Double.MAX_VALUE);
        region.setMaxWidth(Double.MAX_VALUE);
        return row + 3;
    }
}
