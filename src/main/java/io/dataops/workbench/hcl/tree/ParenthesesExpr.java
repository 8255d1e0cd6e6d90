package io.dataops.workbench.hcl.tree;

/** {@code (inner)}: kept so object keys in parentheses stay expressions and the formatter sees them. */
public record ParenthesesExpr(Span span, Expression inner) implements Expression {
}
