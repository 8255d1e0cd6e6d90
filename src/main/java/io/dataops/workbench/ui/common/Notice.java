package io.dataops.workbench.ui.common;

import javafx.scene.control.Label;

/** A plain, honest note in an area ("The plan view comes in a later version."). */
public final class Notice extends Label {

    public Notice(String text) {
        super(text);
        setWrapText(true);
        getStyleClass().add("notice");
        setMaxWidth(Double.MAX_VALUE);
    }
}
