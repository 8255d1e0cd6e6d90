package io.dataops.workbench.hcl.tree;

import io.dataops.workbench.hcl.SourceRange;

/** {@code left operator right}; precedence is already resolved by the tree's shape. */
public record BinaryOpExpr(Span span, Expression left, BinaryOperator operator, SourceRange operatorRange,
                           Expression right) implements Expression {
}
