package io.dataops.workbench.hcl.tree;

/** A numeric literal, {@code 42}, {@code 3.14}, {@code 1e-3}: {@code text} as written (parse it with BigDecimal). */
public record NumberLiteral(Span span, String text) implements Expression {
}
