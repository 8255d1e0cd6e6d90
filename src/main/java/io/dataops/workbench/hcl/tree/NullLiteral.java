package io.dataops.workbench.hcl.tree;

/** The keyword {@code null}: a null of the dynamic pseudo-type. */
public record NullLiteral(Span span) implements Expression {
}
