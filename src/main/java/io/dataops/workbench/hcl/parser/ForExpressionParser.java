package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.ForExpr;
import io.dataops.workbench.hcl.tree.InvalidExpr;

import java.util.Optional;

/** {@code [for k, v in coll : value if cond]} and {@code {for k, v in coll : key => value... if cond}}. */
final class ForExpressionParser {

    private final ParseContext ctx;
    private final TokenCursor cursor;

    ForExpressionParser(ParseContext ctx) {
        this.ctx = ctx;
        this.cursor = ctx.cursor;
    }

    /** Called with the opening bracket read and the cursor at "for"; newlines are already ignored. */
    Expression finishForExpression(Token open) {
        cursor.read();
        boolean object = open.kind() == TokenKind.O_BRACE;
        TokenKind closeKind = object ? TokenKind.C_BRACE : TokenKind.C_BRACK;
        if (cursor.peek().kind() != TokenKind.IDENT) {
            return fail(open, closeKind, "For expression requires variable name after 'for'.");
        }
        String valueName = cursor.read().text();
        Optional<String> keyName = Optional.empty();
        if (cursor.peek().kind() == TokenKind.COMMA) {
            keyName = Optional.of(valueName);
            cursor.read();
            if (cursor.peek().kind() != TokenKind.IDENT) {
                return fail(open, closeKind, "For expression requires value variable name after comma.");
            }
            valueName = cursor.read().text();
        }
        if (!CollectionParser.isKeyword(cursor.peek(), "in")) {
            return fail(open, closeKind, "For expression requires the 'in' keyword after its name declarations.");
        }
        cursor.read();
        int before = ctx.errorCount();
        Expression collection = ctx.expressions.parseExpression();
        if (ctx.failedSince(before)) {
            return invalid(open, ctx.recover(closeKind));
        }
        if (cursor.peek().kind() != TokenKind.COLON) {
            return fail(open, closeKind, "For expression requires a colon after the collection expression.");
        }
        cursor.read();
        int beforeValue = ctx.errorCount();
        Expression value = ctx.expressions.parseExpression();
        Expression key = null;
        if (cursor.peek().kind() == TokenKind.FAT_ARROW) {
            cursor.read();
            key = value;
            value = ctx.expressions.parseExpression();
        }
        if (ctx.failedSince(beforeValue)) {
            return invalid(open, ctx.recover(closeKind));
        }
        Token ellipsis = null;
        if (cursor.peek().kind() == TokenKind.ELLIPSIS) {
            ellipsis = cursor.read();
        }
        Expression condition = null;
        if (CollectionParser.isKeyword(cursor.peek(), "if")) {
            cursor.read();
            int beforeCondition = ctx.errorCount();
            condition = ctx.expressions.parseExpression();
            if (ctx.failedSince(beforeCondition)) {
                return invalid(open, ctx.recover(closeKind));
            }
        }
        Token close;
        if (cursor.peek().kind() == closeKind) {
            close = cursor.read();
        } else {
            ctx.errorUnlessRecovering("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.",
                    cursor.peek().range());
            close = ctx.recover(closeKind);
        }
        checkShape(object, key, value, ellipsis);
        return new ForExpr(Spans.between(open, close), keyName, valueName, collection, Optional.ofNullable(key),
                value, Optional.ofNullable(condition), ellipsis != null);
    }

    private void checkShape(boolean object, Expression key, Expression value, Token ellipsis) {
        if (!object) {
            if (key != null) {
                ctx.error("Invalid 'for' expression", "Key expression is not valid when building a tuple.", key.range());
            }
            if (ellipsis != null) {
                ctx.error("Invalid 'for' expression", "Grouping ellipsis (...) cannot be used when building a tuple.",
                        ellipsis.range());
            }
        } else if (key == null) {
            ctx.error("Invalid 'for' expression", "Key expression is required when building an object.", value.range());
        }
    }

    private Expression fail(Token open, TokenKind closeKind, String detail) {
        ctx.errorUnlessRecovering("Invalid 'for' expression", detail, cursor.peek().range());
        return invalid(open, ctx.recover(closeKind));
    }

    private static Expression invalid(Token open, Token close) {
        return new InvalidExpr(Spans.between(open, close));
    }
}
