package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.profile.ColumnProfile;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The profile shown: its asset and summary, the column table, and the selected column's detail below. */
final class ProfilePane extends VBox {

    ProfilePane(ProfileViewModel profile) {
        setSpacing(6);
        Label title = new Label();
        title.setId("profile-title");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(profile.titleProperty());
        TableView<ColumnProfile> columns = ColumnsTable.create(profile);
        ColumnDetailPane detail = new ColumnDetailPane(profile);
        SplitPane split = new SplitPane(columns, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(title, split);
    }
}
