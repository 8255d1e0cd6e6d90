package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.FunctionCallExpr;
import io.dataops.workbench.hcl.tree.InvalidExpr;

import java.util.ArrayList;
import java.util.List;

/** {@code name(args...)} and namespaced {@code provider::ns::name(args)}, with {@code ...} expansion of the last argument. */
final class FunctionCallParser {

    private final ParseContext ctx;
    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    FunctionCallParser(ParseContext ctx, ExpressionParser expressions) {
        this.ctx = ctx;
        this.cursor = ctx.cursor;
        this.expressions = expressions;
    }

    /** Called with the name read and the cursor at "(" or "::". */
    Expression finishFunctionCall(Token name) {
        Token open = cursor.read();
        StringBuilder fullName = new StringBuilder(name.text());
        Token nameEnd = name;
        while (open.kind() == TokenKind.DOUBLE_COLON) {
            Token part = cursor.read();
            if (part.kind() != TokenKind.IDENT) {
                ctx.error("Missing function name",
                        "Function scope resolution symbol :: must be followed by a function name in this scope.",
                        part.range());
                ctx.recoverOver(TokenKind.O_PAREN);
                return new InvalidExpr(Spans.between(name, part));
            }
            fullName.append("::").append(part.text());
            nameEnd = part;
            open = cursor.read();
        }
        if (open.kind() != TokenKind.O_PAREN) {
            ctx.error("Missing open parenthesis",
                    "Function selector must be followed by an open parenthesis to begin the function call.",
                    open.range());
            ctx.recoverOver(TokenKind.O_PAREN);
            return new InvalidExpr(Spans.between(name, open));
        }
        SourceRange nameRange = Spans.between(name.range(), nameEnd.range());
        List<Expression> arguments = new ArrayList<>();
        boolean expandFinal = false;
        Token close = null;
        cursor.pushNewlines(false);
        try {
            while (true) {
                if (cursor.peek().kind() == TokenKind.C_PAREN) {
                    close = cursor.read();
                    break;
                }
                int before = ctx.errorCount();
                arguments.add(expressions.parseExpression());
                if (ctx.failedSince(before)) {
                    Token recovered = ctx.recover(TokenKind.C_PAREN);
                    close = recovered.kind() == TokenKind.C_PAREN ? recovered : null;
                    break;
                }
                Token separator = cursor.read();
                if (separator.kind() == TokenKind.C_PAREN) {
                    close = separator;
                    break;
                }
                if (separator.kind() == TokenKind.ELLIPSIS) {
                    expandFinal = true;
                    if (cursor.peek().kind() != TokenKind.C_PAREN) {
                        ctx.errorUnlessRecovering("Missing closing parenthesis", "An expanded function argument"
                                + " (with ...) must be immediately followed by closing parentheses.", separator.range());
                        close = ctx.recover(TokenKind.C_PAREN);
                    } else {
                        close = cursor.read();
                    }
                    break;
                }
                if (separator.kind() != TokenKind.COMMA) {
                    if (separator.kind() == TokenKind.EOF) {
                        ctx.error("Unterminated function call", "There is no closing parenthesis for this function"
                                + " call before the end of the file. This may be caused by incorrect parenthesis"
                                + " nesting elsewhere in this file.", Spans.between(name.range(), open.range()));
                    } else {
                        ctx.error("Missing argument separator",
                                "A comma is required to separate each function argument from the next.",
                                separator.range());
                    }
                    close = ctx.recover(TokenKind.C_PAREN);
                    break;
                }
                if (cursor.peek().kind() == TokenKind.C_PAREN) {
                    close = cursor.read();
                    break;
                }
            }
        } finally {
            cursor.popNewlines();
        }
        Token end = close != null ? close : cursor.previous();
        SourceRange closeRange = close != null ? close.range() : Spans.emptyAfter(end).range();
        return new FunctionCallExpr(Spans.between(name, end), fullName.toString(), nameRange, arguments,
                expandFinal, open.range(), closeRange);
    }
}
