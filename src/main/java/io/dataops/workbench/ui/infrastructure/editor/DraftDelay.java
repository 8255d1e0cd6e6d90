package io.dataops.workbench.ui.infrastructure.editor;

/**
 * When a draft is written after typing: once, a fixed time after the first unsaved edit (not restarted by
 * later keystrokes, so steady typing is still kept every second). {@link FxDraftDelay} in the app; tests
 * run the pending action themselves.
 */
public interface DraftDelay {

    /** Runs {@code action} after the delay unless one is pending already. */
    void schedule(Runnable action);

    /** Drops the pending action (the buffer was saved or closed). */
    void cancel();
}
