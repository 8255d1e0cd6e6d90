package io.dataops.workbench.terraform.editing;

/** Replace [start, end) by {@code text}, then put the caret at {@code caret} (absolute, in the new text). */
public record TextEdit(int start, int end, String text, int caret) {
}
