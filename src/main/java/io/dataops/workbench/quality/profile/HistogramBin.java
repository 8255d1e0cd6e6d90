package io.dataops.workbench.quality.profile;

/**
 * One of the equal-width bins over [min, max]; the last bin includes max. For dates and timestamps the
 * bounds are seconds since the epoch (UTC), which {@link ProfileJson} writes as ISO text.
 */
public record HistogramBin(double low, double high, long count) {
}
