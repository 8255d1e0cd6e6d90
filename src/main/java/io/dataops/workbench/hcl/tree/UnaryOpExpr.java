package io.dataops.workbench.hcl.tree;

/** {@code -operand} or {@code !operand}. */
public record UnaryOpExpr(Span span, UnaryOperator operator, Expression operand) implements Expression {

    public enum UnaryOperator { NEGATE, NOT }
}
