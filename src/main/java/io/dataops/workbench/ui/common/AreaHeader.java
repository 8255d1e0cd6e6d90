package io.dataops.workbench.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The title and one-line summary on top of every area. */
public final class AreaHeader extends VBox {

    public AreaHeader(String title, String summary) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("area-title");
        Label summaryLabel = new Label(summary);
        summaryLabel.getStyleClass().add("area-summary");
        summaryLabel.setWrapText(true);
        getChildren().addAll(titleLabel, summaryLabel);
        getStyleClass().add("area-header");
    }
}
