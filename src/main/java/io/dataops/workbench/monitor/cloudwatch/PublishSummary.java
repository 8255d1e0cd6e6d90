package io.dataops.workbench.monitor.cloudwatch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a PutMetricData publication did: the calls made, the data points sent, and the points skipped counted by
 * reason (NaN, out of range, too old, ...), each reason with a note naming an example point.
 */
public record PublishSummary(int calls, int sent, Map<String, Integer> skipped, List<String> notes) {

    public PublishSummary {
        skipped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skipped));
        notes = List.copyOf(notes);
    }

    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "Published 12 data points in 1 call; skipped 2 (NaN or infinite value: 2)." */
    public String describe() {
        String text = String.format(Locale.ROOT, "Published %,d data point%s in %d call%s", sent, sent == 1 ? "" : "s",
                calls, calls == 1 ? "" : "s");
        if (skipped.isEmpty()) {
            return text + ".";
        }
        return text + "; skipped " + skippedTotal() + " (" + skipped.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")) + ").";
    }
}
