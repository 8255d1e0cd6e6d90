package io.dataops.workbench.hcl.tree;

import io.dataops.workbench.hcl.SourceRange;

/**
 * {@code collection[key]}, or the legacy {@code collection.0} form ({@code legacy} true, key a
 * {@link NumberLiteral}). {@code keyRange} covers the brackets (or the dot and digits).
 */
public record IndexExpr(Span span, Expression collection, Expression key, boolean legacy, SourceRange keyRange)
        implements Expression {
}
