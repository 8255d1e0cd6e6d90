package io.dataops.workbench.ui.quality;

/**
 * How the form keeps a database password. There is no plain-text choice on purpose: a typed password is
 * encrypted before it reaches the workspace, and KEEP reuses the stored reference of the source edited.
 */
public enum PasswordMode {
    NONE("No password"),
    ENVIRONMENT("Environment variable"),
    ENCRYPTED("Encrypted entry"),
    KEEP("Keep the saved password");

    private final String label;

    PasswordMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
