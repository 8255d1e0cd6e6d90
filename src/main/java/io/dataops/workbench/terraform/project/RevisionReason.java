package io.dataops.workbench.terraform.project;

/** Why a revision was recorded; the History view shows it. */
public enum RevisionReason {
    /** The content found on disk when the file was opened, if no revision had it yet. */
    OPENED("Opened"),
    SAVED("Saved"),
    /** Another program changed the file; its content is kept before anything replaces it. */
    CHANGED_ON_DISK("Changed on disk"),
    /** The content the editor replaced when the user chose to keep their own version. */
    OVERWRITTEN("Before overwrite"),
    DELETED("Before delete"),
    /** Edits the user dropped for the disk's version when the file changed under them. */
    UNSAVED_EDITS("Unsaved edits replaced by the disk version"),
    RESTORED("Restored");

    private final String label;

    RevisionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
