package io.dataops.workbench.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Applies a {@link WindowGeometry} to a stage and reads it back, remembering the bounds from before maximizing. */
public final class StageGeometry {

    private final Stage stage;
    private WindowGeometry normalBounds;

    private StageGeometry(Stage stage, WindowGeometry initial) {
        this.stage = stage;
        this.normalBounds = initial;
        stage.xProperty().addListener((obs, old, now) -> remember());
        stage.yProperty().addListener((obs, old, now) -> remember());
        stage.widthProperty().addListener((obs, old, now) -> remember());
        stage.heightProperty().addListener((obs, old, now) -> remember());
    }

    /** Sizes and places the stage before it is shown; a position off every screen is dropped. */
    public static StageGeometry apply(Stage stage, WindowGeometry geometry) {
        stage.setWidth(geometry.width());
        stage.setHeight(geometry.height());
        boolean visible = geometry.hasPosition() && !Screen.getScreensForRectangle(
                new Rectangle2D(geometry.x(), geometry.y(), Math.min(geometry.width(), 100), 40)).isEmpty();
        if (visible) {
            stage.setX(geometry.x());
            stage.setY(geometry.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(geometry.maximized());
        return new StageGeometry(stage, geometry);
    }

    /** The bounds to restore next time: the normal (not maximized) bounds, plus the maximized flag. */
    public WindowGeometry current() {
        remember();
        return new WindowGeometry(normalBounds.x(), normalBounds.y(), normalBounds.width(), normalBounds.height(),
                stage.isMaximized());
    }

    private void remember() {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normalBounds = new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }
}
