package io.dataops.workbench.quality.profile;

/** A value (as text) and how many rows hold it. */
public record ValueCount(String value, long count) {
}
