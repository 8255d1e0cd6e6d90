package io.dataops.workbench.ui.infrastructure.editor;

/**
 * The text of an open document as its view model sees it: the code area in the app, a string in tests.
 * Reading the text is only done when it is needed (drafts, saves), never on every keystroke.
 */
public interface DocumentBuffer {

    String text();

    /** Replaces the whole text as one undoable edit (format, restore). */
    void replace(String text);

    /** Replaces the whole text and makes it the saved state (load, reload from disk). */
    void load(String text);

    /** The current text is what is on disk now. */
    void markSaved();
}
