package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.SourcePos;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.tree.Node;
import io.dataops.workbench.hcl.tree.Span;

/** Building spans and ranges from tokens and nodes (hclsyntax's RangeBetween). */
final class Spans {

    private Spans() {
    }

    static Span of(Token token) {
        return new Span(token.start(), token.end(), token.range());
    }

    static Span between(Token first, Token last) {
        return new Span(first.start(), last.end(), between(first.range(), last.range()));
    }

    static Span between(Span first, Span last) {
        return new Span(first.start(), last.end(), between(first.range(), last.range()));
    }

    static Span between(Node first, Node last) {
        return between(first.span(), last.span());
    }

    static Span between(Token first, Node last) {
        return between(of(first), last.span());
    }

    static Span between(Node first, Token last) {
        return between(first.span(), of(last));
    }

    static SourceRange between(SourceRange first, SourceRange last) {
        return new SourceRange(first.filename(), first.start(), last.end());
    }

    /** The empty span at the start of {@code token}. */
    static Span emptyBefore(Token token) {
        SourcePos at = token.range().start();
        return new Span(token.start(), token.start(), new SourceRange(token.range().filename(), at, at));
    }

    /** The empty span at the end of {@code token}. */
    static Span emptyAfter(Token token) {
        SourcePos at = token.range().end();
        return new Span(token.end(), token.end(), new SourceRange(token.range().filename(), at, at));
    }
}
