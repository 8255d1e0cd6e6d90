package io.dataops.workbench.hcl.tree;

import io.dataops.workbench.hcl.SourceRange;

/**
 * Any node of the lossless syntax tree. Every node knows its {@link Span}; the tokens it covers
 * (comments and newlines included) are those of the {@link ConfigFile} inside that span, so printing a
 * file reproduces its source exactly.
 */
public sealed interface Node permits Body, BodyItem, BlockLabel, Expression, ObjectItem, TemplatePart {

    Span span();

    /** The node's HCL range, for diagnostics. */
    default SourceRange range() {
        return span().range();
    }
}
