package io.dataops.workbench.hcl.tree;

/** A bare identifier naming a variable of the scope, {@code var} in {@code var.name}. */
public record VariableExpr(Span span, String name) implements Expression {
}
