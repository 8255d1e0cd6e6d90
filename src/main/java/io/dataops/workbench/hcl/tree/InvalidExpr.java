package io.dataops.workbench.hcl.tree;

/**
 * Where the parser found no valid expression (a diagnostic says why). It evaluates to an unknown value of
 * the dynamic type, so one error does not cascade.
 */
public record InvalidExpr(Span span) implements Expression {
}
