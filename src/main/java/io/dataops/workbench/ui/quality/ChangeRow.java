package io.dataops.workbench.ui.quality;

/**
 * One line of a profile comparison as the table shows it: what (the table or a column), the aspect
 * ("rows", "type", "null %", "distribution"), the values before and after, and whether it is a change
 * worth attention (highlighted).
 */
public record ChangeRow(String subject, String aspect, String before, String after, boolean changed) {
}
