package io.dataops.workbench.monitor.metric;

import java.time.Instant;

/** One value of a series; for aggregated series the timestamp is the period's start, aligned to the epoch. */
public record Datapoint(Instant timestamp, double value) {
}
