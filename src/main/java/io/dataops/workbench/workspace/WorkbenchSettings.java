package io.dataops.workbench.workspace;

import java.util.Locale;
import java.util.Optional;

/**
 * The typed settings the workbench itself uses, over a {@link SettingsStore}. Only names of things
 * are kept (a profile, a region, a binary path): credentials stay in the AWS profile.
 */
public final class WorkbenchSettings {

    public static final String TERRAFORM_BINARY = "terraform.binary";
    public static final String AWS_PROFILE = "aws.profile";
    public static final String AWS_REGION = "aws.region";
    public static final String THEME = "ui.theme";

    /** Found on the PATH when no absolute path is set. */
    public static final String DEFAULT_TERRAFORM_BINARY = "terraform";

    public enum Theme {
        LIGHT, DARK;

        static Theme parse(String text) {
            return "dark".equals(text.trim().toLowerCase(Locale.ROOT)) ? DARK : LIGHT;
        }

        String storedName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final SettingsStore store;

    public WorkbenchSettings(SettingsStore store) {
        this.store = store;
    }

    public String terraformBinary() {
        return store.get(TERRAFORM_BINARY).filter(s -> !s.isBlank()).orElse(DEFAULT_TERRAFORM_BINARY);
    }

    public void setTerraformBinary(String binary) {
        putOrRemove(TERRAFORM_BINARY, binary);
    }

    public Optional<String> awsProfile() {
        return store.get(AWS_PROFILE).filter(s -> !s.isBlank());
    }

    /** A blank profile clears the setting, so the AWS SDK's default chain applies again. */
    public void setAwsProfile(String profile) {
        putOrRemove(AWS_PROFILE, profile);
    }

    public Optional<String> awsRegion() {
        return store.get(AWS_REGION).filter(s -> !s.isBlank());
    }

    public void setAwsRegion(String region) {
        putOrRemove(AWS_REGION, region);
    }

    public Theme theme() {
        return store.get(THEME).map(Theme::parse).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        store.put(THEME, theme.storedName());
    }

    private void putOrRemove(String key, String value) {
        if (value == null || value.isBlank()) {
            store.remove(key);
        } else {
            store.put(key, value.trim());
        }
    }
}
