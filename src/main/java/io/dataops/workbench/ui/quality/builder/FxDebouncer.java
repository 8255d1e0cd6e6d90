package io.dataops.workbench.ui.quality.builder;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A debouncer on the FX thread: each request restarts the pause; only the last action runs. */
public final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;
    private Runnable pending = () -> { };

    public FxDebouncer(Duration delay) {
        pause = new PauseTransition(delay);
        pause.setOnFinished(event -> pending.run());
    }

    @Override
    public void request(Runnable action) {
        pending = action;
        pause.playFromStart();
    }
}
