package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.BodyItem;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The structural language: a body is attributes and blocks, one per line. Unlike hclsyntax, a broken line
 * does not end its body: the parser skips to the end of the line (or to the block's "}") and goes on, so
 * every broken line gets its own error. The top level is read in {@link SegmentDraft}s, one per item.
 */
final class BodyParser {

    /** The tokens {@code [firstToken, endToken)} and diagnostics {@code [firstDiagnostic, endDiagnostic)} of one top-level item. */
    record SegmentDraft(int firstToken, int endToken, BodyItem item, int firstDiagnostic, int endDiagnostic,
                        boolean sawEnd) {
    }

    private final ParseContext ctx;
    private final TokenCursor cursor;
    private final BlockParser blocks;

    BodyParser(ParseContext ctx) {
        this.ctx = ctx;
        this.cursor = ctx.cursor;
        this.blocks = new BlockParser(ctx, this);
    }

    /** Parses top-level items up to EOF; the last draft holds what follows the last item, EOF included. */
    List<SegmentDraft> parseTopLevel() {
        List<SegmentDraft> drafts = new ArrayList<>();
        int firstToken = cursor.position();
        int firstDiagnostic = ctx.errorCount();
        while (true) {
            cursor.startItem();
            TokenKind kind = cursor.peekKindQuietly();
            if (kind == TokenKind.EOF) {
                break;
            }
            if (kind == TokenKind.NEWLINE) {
                cursor.read();
                continue;
            }
            BodyItem item = kind == TokenKind.IDENT ? parseBodyItem() : skipJunk();
            drafts.add(new SegmentDraft(firstToken, cursor.position(), item, firstDiagnostic, ctx.errorCount(),
                    cursor.sawEnd()));
            firstToken = cursor.position();
            firstDiagnostic = ctx.errorCount();
        }
        drafts.add(new SegmentDraft(firstToken, cursor.tokens().size(), null, firstDiagnostic, ctx.errorCount(), true));
        return drafts;
    }

    /** The items of a block body after its "{", up to and including the "}" (returned), or EOF. */
    Token parseBlockBody(Token open, List<BodyItem> items) {
        Map<String, Attribute> seen = new HashMap<>();
        while (true) {
            cursor.recovery = false;
            Token next = cursor.peek();
            switch (next.kind()) {
                case C_BRACE:
                    return cursor.read();
                case NEWLINE:
                    cursor.read();
                    break;
                case IDENT:
                    BodyItem item = parseBodyItem();
                    if (item != null) {
                        checkRedefined(item, seen);
                        items.add(item);
                    }
                    break;
                case EOF:
                    ctx.error("Unclosed configuration block", "There is no closing brace for this block before the end"
                            + " of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                            open.range());
                    return next;
                default:
                    skipJunk();
            }
        }
    }

    private BodyItem skipJunk() {
        Token bad = cursor.read();
        if (bad.kind() == TokenKind.O_QUOTE) {
            ctx.errorUnlessRecovering("Invalid argument name", "Argument names must not be quoted.", bad.range());
        } else {
            ctx.errorUnlessRecovering("Argument or block definition required",
                    "An argument or block definition is required here.", bad.range());
        }
        ctx.recoverAfterBodyItem();
        return null;
    }

    /** "Attribute redefined": each argument may be set once per body. */
    void checkRedefined(BodyItem item, Map<String, Attribute> seen) {
        if (item instanceof Attribute attribute) {
            Attribute existing = seen.putIfAbsent(attribute.name(), attribute);
            if (existing != null) {
                ctx.error("Attribute redefined", "The argument \"" + attribute.name() + "\" was already set at "
                        + ParseContext.describe(existing.nameRange()) + ". Each argument may be set only once.",
                        attribute.nameRange());
            }
        }
    }

    /** An attribute or block starting at the identifier under the cursor; null after a reported error. */
    BodyItem parseBodyItem() {
        Token ident = cursor.read();
        Token next = cursor.peek();
        switch (next.kind()) {
            case EQUAL:
                return finishAttribute(ident, false);
            case O_QUOTE:
            case O_BRACE:
            case IDENT:
                return blocks.finishBlock(ident);
            default:
                ctx.recoverAfterBodyItem();
                ctx.error("Argument or block definition required", "An argument or block definition is required here."
                        + " To set an argument, use the equals sign \"=\" to introduce the argument value.", ident.range());
                return null;
        }
    }

    /** {@code name = expression} and its closing newline (none in a one-line block). */
    Attribute finishAttribute(Token ident, boolean singleLine) {
        Token equals = cursor.read();
        int before = ctx.errorCount();
        Expression expression = ctx.expressions.parseExpression();
        Token last = cursor.previous();
        if (ctx.failedSince(before)) {
            ctx.recoverAfterBodyItem();
        } else if (!singleLine) {
            Token end = cursor.peek();
            if (end.kind() != TokenKind.NEWLINE && end.kind() != TokenKind.EOF) {
                if (end.kind() == TokenKind.COMMA) {
                    ctx.errorUnlessRecovering("Unexpected comma after argument", "Argument definitions must be"
                            + " separated by newlines, not commas. An argument definition must end with a newline.",
                            end.range());
                } else {
                    ctx.errorUnlessRecovering("Missing newline after argument",
                            "An argument definition must end with a newline.", end.range());
                }
                ctx.recoverAfterBodyItem();
            } else {
                cursor.read();
            }
        }
        Span span = Spans.between(Spans.of(ident), last.end() >= expression.span().end() ? Spans.of(last) : expression.span());
        return new Attribute(span, ident.text(), ident.range(), equals.range(), expression);
    }
}
