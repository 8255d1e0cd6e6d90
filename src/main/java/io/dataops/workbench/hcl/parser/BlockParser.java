package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.BlockLabel;
import io.dataops.workbench.hcl.tree.Body;
import io.dataops.workbench.hcl.tree.BodyItem;
import io.dataops.workbench.hcl.tree.Span;

import java.util.ArrayList;
import java.util.List;

/** Blocks: {@code type "label" bare_label { ... }} and the one-line form {@code type { name = value }}. */
final class BlockParser {

    private final ParseContext ctx;
    private final TokenCursor cursor;
    private final BodyParser bodies;

    BlockParser(ParseContext ctx, BodyParser bodies) {
        this.ctx = ctx;
        this.cursor = ctx.cursor;
        this.bodies = bodies;
    }

    /** Called with the type identifier read and the cursor at a label or "{". */
    Block finishBlock(Token type) {
        List<BlockLabel> labels = new ArrayList<>();
        Token open;
        while (true) {
            Token token = cursor.peek();
            if (token.kind() == TokenKind.O_BRACE) {
                open = cursor.read();
                break;
            } else if (token.kind() == TokenKind.O_QUOTE) {
                labels.add(new QuotedLabelParser(ctx).parse());
            } else if (token.kind() == TokenKind.IDENT) {
                cursor.read();
                labels.add(new BlockLabel(Spans.of(token), token.text(), false));
            } else {
                return headerError(type, labels, token);
            }
        }
        if (!cursor.enter()) {
            ctx.error("Nesting too deep", "Blocks are nested more than " + TokenCursor.MAX_DEPTH + " levels deep.",
                    open.range());
            Token close = ctx.recover(TokenKind.C_BRACE);
            return finish(type, labels, open, new ArrayList<>(), close);
        }
        ctx.bodyDepth++;
        try {
            List<BodyItem> items = new ArrayList<>();
            TokenKind first = cursor.peek().kind();
            Token close = first == TokenKind.NEWLINE || first == TokenKind.EOF || first == TokenKind.C_BRACE
                    ? bodies.parseBlockBody(open, items)
                    : parseOneLineBody(open, items);
            return finish(type, labels, open, items, close);
        } finally {
            ctx.bodyDepth--;
            cursor.leave();
        }
    }

    private Block finish(Token type, List<BlockLabel> labels, Token open, List<BodyItem> items, Token close) {
        Token eol = cursor.peek();
        if (eol.kind() == TokenKind.NEWLINE || eol.kind() == TokenKind.EOF) {
            cursor.read();
        } else {
            ctx.errorUnlessRecovering("Missing newline after block definition", "A block definition must end with a newline.",
                    eol.range());
            ctx.recoverAfterBodyItem();
        }
        SourceRange closeRange = close.kind() == TokenKind.EOF ? Spans.emptyBefore(close).range() : close.range();
        Span bodySpan = Spans.between(open, close);
        return new Block(Spans.between(type, close), type.text(), type.range(), labels, open.range(),
                new Body(bodySpan, items), closeRange);
    }

    private Block headerError(Token type, List<BlockLabel> labels, Token token) {
        if (token.kind() == TokenKind.EQUAL) {
            ctx.error("Invalid block definition", "The equals sign \"=\" indicates an argument definition, and must not"
                    + " be used when defining a block.", token.range());
        } else if (token.kind() == TokenKind.NEWLINE) {
            ctx.error("Invalid block definition", "A block definition must have block content delimited by \"{\" and"
                    + " \"}\", starting on the same line as the block header.", token.range());
        } else {
            ctx.errorUnlessRecovering("Invalid block definition",
                    "Either a quoted string block label or an opening brace (\"{\") is expected here.", token.range());
        }
        ctx.recoverAfterBodyItem();
        Span end = labels.isEmpty() ? Spans.of(type) : labels.get(labels.size() - 1).span();
        Span span = Spans.between(Spans.of(type), end);
        return new Block(span, type.text(), type.range(), labels, type.range(), new Body(Spans.of(type), List.of()),
                end.range());
    }

    /** {@code { name = value }} on the header's line: one attribute, then the "}" on the same line. */
    private Token parseOneLineBody(Token open, List<BodyItem> items) {
        Attribute attribute = parseSingleAttribute();
        if (attribute != null) {
            items.add(attribute);
        }
        Token next = cursor.peek();
        switch (next.kind()) {
            case C_BRACE:
                return cursor.read();
            case COMMA:
                ctx.error("Invalid single-argument block definition", "Single-line block syntax can include only one"
                        + " argument definition. To define multiple arguments, use the multi-line block syntax with one"
                        + " argument definition per line.", next.range());
                return ctx.recover(TokenKind.C_BRACE);
            case NEWLINE:
                ctx.error("Invalid single-argument block definition", "An argument definition on the same line as its"
                        + " containing block creates a single-line block definition, which must also be closed on the"
                        + " same line. Place the block's closing brace immediately after the argument definition.",
                        next.range());
                return ctx.recover(TokenKind.C_BRACE);
            case EOF:
                ctx.errorUnlessRecovering("Unclosed configuration block", "There is no closing brace for this block"
                        + " before the end of the file. This may be caused by incorrect brace nesting elsewhere in this"
                        + " file.", open.range());
                return ctx.recover(TokenKind.C_BRACE);
            default:
                ctx.errorUnlessRecovering("Invalid single-argument block definition", "A single-line block definition"
                        + " must end with a closing brace immediately after its single argument definition.", next.range());
                return ctx.recover(TokenKind.C_BRACE);
        }
    }

    private Attribute parseSingleAttribute() {
        Token ident = cursor.read();
        if (ident.kind() != TokenKind.IDENT) {
            ctx.recoverAfterBodyItem();
            ctx.error("Argument or block definition required", "An argument or block definition is required here.",
                    ident.range());
            return null;
        }
        Token next = cursor.peek();
        if (next.kind() == TokenKind.EQUAL) {
            return bodies.finishAttribute(ident, true);
        }
        ctx.recoverAfterBodyItem();
        if (next.kind() == TokenKind.O_QUOTE || next.kind() == TokenKind.O_BRACE || next.kind() == TokenKind.IDENT) {
            ctx.error("Argument definition required", "A single-line block definition can contain only a single"
                    + " argument. If you meant to define argument \"" + ident.text() + "\", use an equals sign to"
                    + " assign it a value. To define a nested block, place it on a line of its own within its parent"
                    + " block.", Spans.between(ident.range(), next.range()));
        } else {
            ctx.error("Argument or block definition required", "An argument or block definition is required here."
                    + " To set an argument, use the equals sign \"=\" to introduce the argument value.", ident.range());
        }
        return null;
    }
}
