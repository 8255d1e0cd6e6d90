package io.dataops.workbench.ui.infrastructure.editor;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link DraftDelay} on the FX timeline; one second keeps every edit in the workspace within two. */
public final class FxDraftDelay implements DraftDelay {

    public static final Duration DELAY = Duration.seconds(1);

    private final PauseTransition pause = new PauseTransition(DELAY);
    private boolean pending;

    @Override
    public void schedule(Runnable action) {
        if (pending) {
            return;
        }
        pending = true;
        pause.setOnFinished(event -> {
            pending = false;
            action.run();
        });
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pending = false;
        pause.stop();
    }
}
