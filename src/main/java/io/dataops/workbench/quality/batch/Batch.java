package io.dataops.workbench.quality.batch;

/** One batch of a split asset: its key ("2024-03") and how many rows fall in it. */
public record Batch(String key, long rowCount) {
}
