package io.dataops.workbench.ui.monitoring;

import java.time.Duration;

/** How often a dashboard fetches what is new. */
public enum AutoRefresh {
    OFF("Off", Duration.ZERO),
    TEN_SECONDS("10 s", Duration.ofSeconds(10)),
    ONE_MINUTE("1 min", Duration.ofMinutes(1)),
    FIVE_MINUTES("5 min", Duration.ofMinutes(5));

    private final String label;
    private final Duration interval;

    AutoRefresh(String label, Duration interval) {
        this.label = label;
        this.interval = interval;
    }

    public Duration interval() {
        return interval;
    }

    @Override
    public String toString() {
        return label;
    }
}
