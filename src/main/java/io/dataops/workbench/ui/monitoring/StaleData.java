package io.dataops.workbench.ui.monitoring;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The charts show data that a refresh could not renew: since when it is stale (the last fetch that worked,
 * or the failure's time when none did: then {@code dataShown} is false), the failure in plain words, and
 * whether auto-refresh is paused (a failure that retrying will not fix, such as expired credentials, waits
 * for the user's Refresh).
 */
public record StaleData(Instant since, String message, boolean autoRefreshPaused, boolean dataShown) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final int REASON_LENGTH = 70;

    /** "Stale since 10:42:05 — CloudWatch is throttling requests", or "No data — …": for a tile's badge. */
    public String badge(ZoneId zone) {
        return (dataShown ? "Stale since " + CLOCK.format(since.atZone(zone)) : "No data") + " — " + reason();
    }

    /**
     * The gist of the message: the kind of CloudWatch failure when it is one of the usual ones, else what
     * follows "Could not …:" up to the first parenthesis or full stop.
     */
    public String reason() {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("cloudwatch is throttling")) {
            return "CloudWatch is throttling requests";
        }
        if (lower.contains("could not be reached")) {
            return "CloudWatch could not be reached";
        }
        if (lower.contains("have expired") || lower.contains("has expired")) {
            return "The AWS credentials have expired";
        }
        String text = message;
        int colon = text.indexOf(": ");
        if (text.startsWith("Could not") && colon > 0) {
            text = text.substring(colon + 2);
        }
        int end = text.length();
        for (String stop : new String[] {" (", ". "}) {
            int at = text.indexOf(stop);
            if (at > 0) {
                end = Math.min(end, at);
            }
        }
        text = text.substring(0, end).strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.length() > REASON_LENGTH) {
            text = text.substring(0, REASON_LENGTH - 1).strip() + "…";
        }
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
