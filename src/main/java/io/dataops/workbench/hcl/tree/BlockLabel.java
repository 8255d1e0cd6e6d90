package io.dataops.workbench.hcl.tree;

/** A block label: a quoted string ({@code "aws_instance"}, escapes decoded into {@code value}) or a bare identifier. */
public record BlockLabel(Span span, String value, boolean quoted) implements Node {
}
