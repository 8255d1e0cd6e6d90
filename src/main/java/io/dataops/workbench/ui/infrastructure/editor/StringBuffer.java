package io.dataops.workbench.ui.infrastructure.editor;

/** A {@link DocumentBuffer} on a plain string, for view-model tests without a code area. */
public final class StringBuffer implements DocumentBuffer {

    private String text = "";
    private String saved = "";
    private EditorDocument document;

    /** Tells {@code document} about edits, as the code area does. */
    public void attach(EditorDocument document) {
        this.document = document;
    }

    @Override
    public String text() {
        return text;
    }

    /** An edit by the user. */
    public void type(String newText) {
        text = newText;
        notifyEdit();
    }

    @Override
    public void replace(String newText) {
        text = newText;
        notifyEdit();
    }

    @Override
    public void load(String newText) {
        text = newText;
        saved = newText;
    }

    @Override
    public void markSaved() {
        saved = text;
    }

    private void notifyEdit() {
        if (document != null) {
            document.edited(text.equals(saved));
        }
    }
}
