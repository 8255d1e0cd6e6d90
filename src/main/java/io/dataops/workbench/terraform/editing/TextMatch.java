package io.dataops.workbench.terraform.editing;

/** A match of a search in a text, as char offsets [start, end). */
public record TextMatch(int start, int end) {
}
