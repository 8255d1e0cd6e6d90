package io.dataops.workbench.hcl.parser;

/**
 * Replace the chars {@code [start, end)} of the old text by {@code replacement} (an insertion has
 * {@code start == end}, a deletion an empty replacement).
 */
public record TextEdit(int start, int end, String replacement) {

    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range [" + start + ", " + end + ")");
        }
    }

    public String applyTo(String text) {
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
