package io.dataops.workbench.ui.infrastructure;

import io.dataops.workbench.ui.infrastructure.editor.DraftDelay;
import java.util.ArrayList;
import java.util.List;

/** A draft timer the test fires itself, so no test waits on the clock. */
final class ManualDraftDelay implements DraftDelay {

    private static final List<ManualDraftDelay> ALL = new ArrayList<>();
    private Runnable pending;

    ManualDraftDelay() {
        ALL.add(this);
    }

    static void fireAll() {
        List.copyOf(ALL).forEach(ManualDraftDelay::fire);
    }

    void fire() {
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }

    @Override
    public void schedule(Runnable action) {
        if (pending == null) {
            pending = action;
        }
    }

    @Override
    public void cancel() {
        pending = null;
    }
}
