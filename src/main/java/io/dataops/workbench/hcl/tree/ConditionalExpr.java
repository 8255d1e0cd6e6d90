package io.dataops.workbench.hcl.tree;

/** {@code condition ? trueResult : falseResult}. */
public record ConditionalExpr(Span span, Expression condition, Expression trueResult, Expression falseResult)
        implements Expression {
}
