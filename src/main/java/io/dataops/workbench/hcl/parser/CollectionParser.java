package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.ObjectExpr;
import io.dataops.workbench.hcl.tree.ObjectItem;
import io.dataops.workbench.hcl.tree.TupleExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * Tuple {@code [a, b]} and object {@code {k = v, k2: v2}} constructors; a leading {@code for} keyword
 * makes them for expressions ({@link ForExpressionParser}). Inside brackets newlines are whitespace,
 * except that they separate object items.
 */
final class CollectionParser {

    private final ParseContext ctx;
    private final TokenCursor cursor;
    private final ForExpressionParser forExpressions;

    CollectionParser(ParseContext ctx) {
        this.ctx = ctx;
        this.cursor = ctx.cursor;
        this.forExpressions = new ForExpressionParser(ctx);
    }

    static boolean isKeyword(Token token, String keyword) {
        return token.kind() == TokenKind.IDENT && token.text().equals(keyword);
    }

    Expression parseTuple() {
        Token open = cursor.read();
        cursor.pushNewlines(false);
        try {
            if (isKeyword(cursor.peek(), "for")) {
                return forExpressions.finishForExpression(open);
            }
            List<Expression> elements = new ArrayList<>();
            Token close;
            while (true) {
                if (cursor.peek().kind() == TokenKind.C_BRACK) {
                    close = cursor.read();
                    break;
                }
                int before = ctx.errorCount();
                elements.add(ctx.expressions.parseExpression());
                if (ctx.failedSince(before)) {
                    close = ctx.recover(TokenKind.C_BRACK);
                    break;
                }
                Token next = cursor.peek();
                if (next.kind() == TokenKind.C_BRACK) {
                    close = cursor.read();
                    break;
                }
                if (next.kind() != TokenKind.COMMA) {
                    if (next.kind() == TokenKind.EOF) {
                        ctx.errorUnlessRecovering("Unterminated tuple constructor expression", "There is no"
                                + " corresponding closing bracket before the end of the file. This may be caused by"
                                + " incorrect bracket nesting elsewhere in this file.", open.range());
                    } else {
                        ctx.errorUnlessRecovering("Missing item separator",
                                "Expected a comma to mark the beginning of the next item.", next.range());
                    }
                    close = ctx.recover(TokenKind.C_BRACK);
                    break;
                }
                cursor.read();
            }
            return new TupleExpr(Spans.between(open, close), elements);
        } finally {
            cursor.popNewlines();
        }
    }

    Expression parseObject() {
        Token open = cursor.read();
        cursor.pushNewlines(false);
        boolean isFor = isKeyword(cursor.peek(), "for");
        cursor.popNewlines();
        if (isFor) {
            cursor.pushNewlines(false);
            try {
                return forExpressions.finishForExpression(open);
            } finally {
                cursor.popNewlines();
            }
        }
        cursor.pushNewlines(true);
        try {
            List<ObjectItem> items = new ArrayList<>();
            Token close = parseObjectItems(open, items);
            return new ObjectExpr(Spans.between(open, close), items);
        } finally {
            cursor.popNewlines();
        }
    }

    private Token parseObjectItems(Token open, List<ObjectItem> items) {
        while (true) {
            Token next = cursor.peek();
            if (next.kind() == TokenKind.NEWLINE) {
                cursor.read();
                continue;
            }
            if (next.kind() == TokenKind.C_BRACE) {
                return cursor.read();
            }
            int before = ctx.errorCount();
            Expression key = ctx.expressions.parseExpression();
            if (ctx.failedSince(before)) {
                return ctx.recover(TokenKind.C_BRACE);
            }
            next = cursor.peek();
            if (next.kind() != TokenKind.EQUAL && next.kind() != TokenKind.COLON) {
                reportMissingSeparator(open, next);
                return ctx.recover(TokenKind.C_BRACE);
            }
            cursor.read();
            int beforeValue = ctx.errorCount();
            Expression value = ctx.expressions.parseExpression();
            items.add(new ObjectItem(Spans.between(key, value), key, value));
            if (ctx.failedSince(beforeValue)) {
                return ctx.recover(TokenKind.C_BRACE);
            }
            next = cursor.peek();
            if (next.kind() == TokenKind.C_BRACE) {
                return cursor.read();
            }
            if (next.kind() != TokenKind.COMMA && next.kind() != TokenKind.NEWLINE) {
                if (next.kind() == TokenKind.EOF) {
                    ctx.errorUnlessRecovering("Unterminated object constructor expression", "There is no"
                            + " corresponding closing brace before the end of the file. This may be caused by"
                            + " incorrect brace nesting elsewhere in this file.", open.range());
                } else {
                    ctx.errorUnlessRecovering("Missing attribute separator",
                            "Expected a newline or comma to mark the beginning of the next attribute.", next.range());
                }
                return ctx.recover(TokenKind.C_BRACE);
            }
            cursor.read();
        }
    }

    private void reportMissingSeparator(Token open, Token next) {
        switch (next.kind()) {
            case NEWLINE, COMMA -> ctx.errorUnlessRecovering("Missing attribute value",
                    "Expected an attribute value, introduced by an equals sign (\"=\").", next.range());
            case IDENT -> ctx.errorUnlessRecovering("Missing key/value separator", "Expected an equals sign (\"=\")"
                    + " to mark the beginning of the attribute value. If you intended to given an attribute name"
                    + " containing periods or spaces, write the name in quotes to create a string literal.",
                    next.range());
            case EOF -> ctx.errorUnlessRecovering("Unterminated object constructor expression", "There is no"
                    + " corresponding closing brace before the end of the file. This may be caused by incorrect"
                    + " brace nesting elsewhere in this file.", open.range());
            default -> ctx.errorUnlessRecovering("Missing key/value separator",
                    "Expected an equals sign (\"=\") to mark the beginning of the attribute value.", next.range());
        }
    }
}
