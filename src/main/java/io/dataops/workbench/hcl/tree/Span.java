package io.dataops.workbench.hcl.tree;

import io.dataops.workbench.hcl.SourceRange;

/**
 * Where a node sits in its file: {@code start}/{@code end} are char indices into the Java source string
 * (so {@code source.substring(start, end)} is the node's exact text, comments and spaces included), and
 * {@code range} is the HCL position (line, column, UTF-8 byte offset) used in diagnostics.
 */
public record Span(int start, int end, SourceRange range) {

    /** The node's exact source text. */
    public String text(String source) {
        return source.substring(start, end);
    }
}
