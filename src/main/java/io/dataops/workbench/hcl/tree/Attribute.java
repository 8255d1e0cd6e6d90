package io.dataops.workbench.hcl.tree;

import io.dataops.workbench.hcl.SourceRange;

/**
 * {@code name = expression}. The span covers the name up to the end of the expression (not the newline
 * that ends the line, which is a token of the file).
 */
public record Attribute(Span span, String name, SourceRange nameRange, SourceRange equalsRange,
                        Expression expression) implements BodyItem {
}
