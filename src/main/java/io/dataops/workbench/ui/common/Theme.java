package io.dataops.workbench.ui.common;

import io.dataops.workbench.workspace.WorkbenchSettings;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Scene;

/** Light or dark look: a shared base stylesheet plus one palette stylesheet, switched live on a scene. */
public enum Theme {
    LIGHT("Light", "light.css"),
    DARK("Dark", "dark.css");

    private final String label;
    private final String stylesheet;

    Theme(String label, String stylesheet) {
        this.label = label;
        this.stylesheet = stylesheet;
    }

    public static Theme parse(String value) {
        if (value != null) {
            for (Theme theme : values()) {
                if (theme.name().equalsIgnoreCase(value.trim())) {
                    return theme;
                }
            }
        }
        return LIGHT;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Theme of(WorkbenchSettings.Theme setting) {
        return setting == WorkbenchSettings.Theme.DARK ? DARK : LIGHT;
    }

    public WorkbenchSettings.Theme toSetting() {
        return this == DARK ? WorkbenchSettings.Theme.DARK : WorkbenchSettings.Theme.LIGHT;
    }

    public List<String> stylesheets() {
        return List.of(url("base.css"), url(stylesheet));
    }

    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
    }

    private static String url(String name) {
        return Objects.requireNonNull(Theme.class.getResource(name), name).toExternalForm();
    }

    @Override
    public String toString() {
        return label;
    }
}
