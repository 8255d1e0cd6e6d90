package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.GetAttrExpr;
import io.dataops.workbench.hcl.tree.IndexExpr;
import io.dataops.workbench.hcl.tree.InvalidExpr;
import io.dataops.workbench.hcl.tree.NumberLiteral;
import io.dataops.workbench.hcl.tree.SplatExpr;
import io.dataops.workbench.hcl.tree.SplatItemExpr;

/**
 * Postfix steps after a term: {@code .name}, {@code [key]}, the legacy {@code .0} index, the
 * attribute-only splat {@code .*.a.b} (only attribute and legacy index steps belong to it) and the full
 * splat {@code [*]} (every following step belongs to it, as in hclsyntax's recursive call).
 */
final class TraversalParser {

    private final ParseContext ctx;
    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    TraversalParser(ParseContext ctx, ExpressionParser expressions) {
        this.ctx = ctx;
        this.cursor = ctx.cursor;
        this.expressions = expressions;
    }

    Expression parseTraversals(Expression from) {
        Expression result = from;
        while (true) {
            TokenKind next = cursor.peek().kind();
            if (next == TokenKind.DOT) {
                result = parseDotStep(result);
            } else if (next == TokenKind.O_BRACK) {
                result = parseBracketStep(result);
            } else {
                return result;
            }
        }
    }

    private Expression parseDotStep(Expression target) {
        Token dot = cursor.read();
        Token step = cursor.peek();
        switch (step.kind()) {
            case IDENT:
                cursor.read();
                return new GetAttrExpr(Spans.between(target, step), target, step.text(), step.range());
            case NUMBER_LIT:
                cursor.read();
                return legacyIndex(target, dot, step, "");
            case STAR:
                return attributeSplat(target, dot);
            default:
                ctx.error("Invalid attribute name", "An attribute name is required after a dot.", step.range());
                cursor.recovery = true;
                return new InvalidExpr(Spans.between(target, dot));
        }
    }

    /** {@code foo.0}: an index written like an attribute (inherited from HIL); {@code foo.0.1} is rejected. */
    private Expression legacyIndex(Expression target, Token dot, Token number, String splatHint) {
        int fraction = number.text().indexOf('.');
        Expression key = new NumberLiteral(Spans.of(number), number.text());
        if (fraction >= 0) {
            String first = number.text().substring(0, fraction);
            String second = number.text().substring(fraction + 1);
            ctx.error("Invalid legacy index syntax", "When using the legacy index syntax, chaining two indexes"
                    + " together is not permitted. Use the proper index syntax" + splatHint + " instead, like ["
                    + first + "][" + second + "].", number.range());
            key = new InvalidExpr(Spans.of(number));
        }
        return new IndexExpr(Spans.between(target, number), target, key, true,
                Spans.between(dot, number).range());
    }

    private Expression attributeSplat(Expression source, Token dot) {
        Token marker = cursor.read();
        SplatItemExpr item = new SplatItemExpr(Spans.between(dot, marker));
        Expression each = item;
        Token last = marker;
        while (cursor.peek().kind() == TokenKind.DOT) {
            Token stepDot = cursor.read();
            Token step = cursor.peek();
            if (step.kind() == TokenKind.NUMBER_LIT) {
                cursor.read();
                each = legacyIndex(each, stepDot, step, " with a full splat expression [*]");
                last = step;
                continue;
            }
            if (step.kind() != TokenKind.IDENT) {
                if (step.kind() == TokenKind.STAR) {
                    ctx.errorUnlessRecovering("Nested splat expression not allowed",
                            "A splat expression (*) cannot be used inside another attribute-only splat expression.",
                            step.range());
                } else {
                    ctx.errorUnlessRecovering("Invalid attribute name", "An attribute name is required after a dot.",
                            step.range());
                }
                cursor.recovery = true;
                break;
            }
            cursor.read();
            each = new GetAttrExpr(Spans.between(each, step), each, step.text(), step.range());
            last = step;
        }
        return new SplatExpr(Spans.between(source, last), source, each, item, false,
                Spans.between(dot, marker).range());
    }

    private Expression parseBracketStep(Expression target) {
        Token open = cursor.read();
        if (cursor.peek().kind() == TokenKind.STAR) {
            return fullSplat(target, open);
        }
        cursor.pushNewlines(false);
        try {
            int before = ctx.errorCount();
            Expression key = expressions.parseExpression();
            Token close;
            if (ctx.failedSince(before)) {
                close = ctx.recover(TokenKind.C_BRACK);
            } else {
                close = cursor.read();
                if (close.kind() != TokenKind.C_BRACK && !cursor.recovery) {
                    ctx.error("Missing close bracket on index",
                            "The index operator must end with a closing bracket (\"]\").", close.range());
                    close = ctx.recover(TokenKind.C_BRACK);
                }
            }
            return new IndexExpr(Spans.between(target, close), target, key, false,
                    Spans.between(open, close).range());
        } finally {
            cursor.popNewlines();
        }
    }

    private Expression fullSplat(Expression source, Token open) {
        cursor.read();
        Token close = cursor.read();
        if (close.kind() != TokenKind.C_BRACK && !cursor.recovery) {
            ctx.error("Missing close bracket on splat index",
                    "The star for a full splat operator must be immediately followed by a closing bracket (\"]\").",
                    close.range());
            close = ctx.recover(TokenKind.C_BRACK);
        }
        SplatItemExpr item = new SplatItemExpr(Spans.between(open, close));
        if (!cursor.enter()) {
            return ctx.tooDeep();
        }
        try {
            Expression each = parseTraversals(item);
            return new SplatExpr(Spans.between(source, each), source, each, item, true, item.range());
        } finally {
            cursor.leave();
        }
    }
}
