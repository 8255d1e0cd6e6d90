package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import io.dataops.workbench.hcl.tree.BlockLabel;

/** A quoted block label: a string literal with escapes but no template sequences (hclsyntax's parseQuotedStringLiteral). */
final class QuotedLabelParser {

    private final ParseContext ctx;
    private final TokenCursor cursor;

    QuotedLabelParser(ParseContext ctx) {
        this.ctx = ctx;
        this.cursor = ctx.cursor;
    }

    /** Called at the opening quote. */
    BlockLabel parse() {
        Token open = cursor.read();
        StringBuilder value = new StringBuilder();
        Token end;
        while (true) {
            Token token = cursor.read();
            if (token.kind() == TokenKind.C_QUOTE) {
                end = token;
                break;
            }
            if (token.kind() == TokenKind.QUOTED_LIT) {
                value.append(StringLiterals.decode(token, true, ctx));
            } else if (token.kind() == TokenKind.TEMPLATE_INTERP || token.kind() == TokenKind.TEMPLATE_CONTROL) {
                String which = token.kind() == TokenKind.TEMPLATE_CONTROL ? "%" : "$";
                ctx.error("Invalid string literal", "Template sequences are not allowed in this string. To include a"
                        + " literal \"" + which + "\", double it (as \"" + which + which + "\") to escape it.", token.range());
                value.append(which).append("{ ... }");
                ctx.recover(TokenKind.TEMPLATE_SEQ_END);
            } else if (token.kind() == TokenKind.EOF) {
                ctx.error("Unterminated string literal", "Unable to find the closing quote mark before the end of the file.",
                        token.range());
                end = token;
                break;
            } else {
                ctx.error("Invalid string literal", "This item is not valid in a string literal.", token.range());
                ctx.recover(TokenKind.C_QUOTE);
                end = token;
                break;
            }
        }
        return new BlockLabel(Spans.between(open, end), value.toString(), true);
    }
}
