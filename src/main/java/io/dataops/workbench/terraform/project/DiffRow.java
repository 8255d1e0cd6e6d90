package io.dataops.workbench.terraform.project;

import java.util.OptionalInt;

/**
 * One row of a side-by-side diff: the old line on the left, the new one on the right, either missing
 * where a line was only added or only removed. Line numbers are 1-based.
 */
public record DiffRow(Kind kind, OptionalInt oldLine, String oldText, OptionalInt newLine, String newText) {

    public enum Kind { SAME, CHANGED, REMOVED, ADDED }
}
