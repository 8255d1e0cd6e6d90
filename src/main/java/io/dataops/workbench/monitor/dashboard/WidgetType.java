package io.dataops.workbench.monitor.dashboard;

import java.util.Locale;

/** What a dashboard widget shows. The JSON name is the lower-case form with dashes ({@code stacked-area}). */
public enum WidgetType {
    LINE("Line chart"),
    STACKED_AREA("Stacked area chart"),
    NUMBER("Single number"),
    ALARM_STATUS("Alarm status"),
    TEXT("Text");

    private final String label;

    WidgetType(String label) {
        this.label = label;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static WidgetType fromJson(String text) {
        for (WidgetType type : values()) {
            if (type.jsonName().equals(text)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown widget type '" + text + "': use line, stacked-area, number,"
                + " alarm-status or text");
    }

    @Override
    public String toString() {
        return label;
    }
}
