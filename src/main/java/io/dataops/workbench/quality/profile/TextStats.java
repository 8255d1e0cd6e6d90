package io.dataops.workbench.quality.profile;

/** String lengths (in characters) and empty strings of a text column's non-null values. */
public record TextStats(long minLength, double meanLength, long maxLength, long emptyStrings) {
}
