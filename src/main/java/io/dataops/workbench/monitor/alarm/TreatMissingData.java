package io.dataops.workbench.monitor.alarm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How an alarm treats missing datapoints; {@link #text()} is PutMetricAlarm's value. Default {@link #MISSING}. */
public enum TreatMissingData {
    MISSING("missing"), IGNORE("ignore"), BREACHING("breaching"), NOT_BREACHING("notBreaching");

    private final String text;

    TreatMissingData(String text) {
        this.text = text;
    }

    @JsonValue
    public String text() {
        return text;
    }

    @JsonCreator
    public static TreatMissingData parse(String text) {
        if (text == null) {
            return MISSING;
        }
        for (TreatMissingData value : values()) {
            if (value.text.equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown TreatMissingData '" + text
                + "': use missing, ignore, breaching or notBreaching");
    }
}
