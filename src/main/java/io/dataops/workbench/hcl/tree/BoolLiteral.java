package io.dataops.workbench.hcl.tree;

/** The keyword {@code true} or {@code false} used as a value. */
public record BoolLiteral(Span span, boolean value) implements Expression {
}
