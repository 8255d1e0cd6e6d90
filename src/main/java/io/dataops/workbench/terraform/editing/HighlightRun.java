package io.dataops.workbench.terraform.editing;

/** A stretch [start, end) of text to show as {@code kind}. */
public record HighlightRun(int start, int end, HighlightKind kind) {
}
