package io.dataops.workbench.hcl.tree;

/**
 * The placeholder for "the current element" inside a {@link SplatExpr}'s {@code each} (hclsyntax's
 * AnonSymbolExpr). Its span is the splat marker; it has no text of its own.
 */
public record SplatItemExpr(Span span) implements Expression {
}
