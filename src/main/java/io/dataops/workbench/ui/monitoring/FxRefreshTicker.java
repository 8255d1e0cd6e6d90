package io.dataops.workbench.ui.monitoring;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * A {@link RefreshTicker} on a JavaFX timeline. {@code speedUp} divides every interval: 1 in the
 * application, more in tests that watch a dashboard update without waiting ten seconds.
 */
public final class FxRefreshTicker implements RefreshTicker {

    private final double speedUp;

    public FxRefreshTicker(double speedUp) {
        this.speedUp = speedUp;
    }

    @Override
    public Schedule every(Duration interval, Runnable action) {
        Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(interval.toMillis() / speedUp),
                event -> action.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        return timeline::stop;
    }
}
