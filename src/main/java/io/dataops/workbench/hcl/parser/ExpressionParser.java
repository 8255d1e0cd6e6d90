package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import io.dataops.workbench.hcl.tree.BinaryOpExpr;
import io.dataops.workbench.hcl.tree.BinaryOperator;
import io.dataops.workbench.hcl.tree.BoolLiteral;
import io.dataops.workbench.hcl.tree.ConditionalExpr;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.InvalidExpr;
import io.dataops.workbench.hcl.tree.NullLiteral;
import io.dataops.workbench.hcl.tree.NumberLiteral;
import io.dataops.workbench.hcl.tree.ParenthesesExpr;
import io.dataops.workbench.hcl.tree.UnaryOpExpr;
import io.dataops.workbench.hcl.tree.VariableExpr;

/**
 * Expressions down to terms: conditionals, binary operators by the spec's precedence levels (1 "||" to
 * 6 "* / %", all left-associative), unary operators, parentheses, literals, variables and function calls.
 * Postfix traversals live in {@link TraversalParser}, collections in {@link CollectionParser}, templates
 * in {@link TemplateParser}. Error messages and recovery follow hclsyntax's parser.go.
 */
final class ExpressionParser {

    private static final int LOWEST_LEVEL = 1;
    private static final int HIGHEST_LEVEL = 6;

    private final ParseContext ctx;
    private final TokenCursor cursor;
    private final TraversalParser traversals;
    private final FunctionCallParser calls;

    ExpressionParser(ParseContext ctx) {
        this.ctx = ctx;
        this.cursor = ctx.cursor;
        this.traversals = new TraversalParser(ctx, this);
        this.calls = new FunctionCallParser(ctx, this);
    }

    /** Expression = Conditional | Operation | ExprTerm. Each call is one level of nesting. */
    Expression parseExpression() {
        if (!cursor.enter()) {
            return ctx.tooDeep();
        }
        try {
            return parseConditional();
        } finally {
            cursor.leave();
        }
    }

    private Expression parseConditional() {
        int before = ctx.errorCount();
        Token start = cursor.peek();
        Expression condition = parseBinary(LOWEST_LEVEL);
        if (ctx.failedSince(before) || cursor.peek().kind() != TokenKind.QUESTION) {
            return condition;
        }
        cursor.read();
        int beforeTrue = ctx.errorCount();
        Expression trueResult = parseExpression();
        if (ctx.failedSince(beforeTrue)) {
            return condition;
        }
        Token colon = cursor.peek();
        if (colon.kind() != TokenKind.COLON) {
            ctx.error("Missing false expression in conditional",
                    "The conditional operator (...?...:...) requires a false expression, delimited by a colon.",
                    colon.range());
            return condition;
        }
        cursor.read();
        int beforeFalse = ctx.errorCount();
        Expression falseResult = parseExpression();
        if (ctx.failedSince(beforeFalse)) {
            return condition;
        }
        return new ConditionalExpr(Spans.between(Spans.of(start), falseResult.span()), condition, trueResult,
                falseResult);
    }

    /** Operands joined by operators of {@code level} or tighter; loops so same-level chains associate left. */
    private Expression parseBinary(int level) {
        if (level > HIGHEST_LEVEL) {
            return parseWithTraversals();
        }
        int before = ctx.errorCount();
        Expression left = parseBinary(level + 1);
        if (ctx.failedSince(before)) {
            return left;
        }
        while (true) {
            BinaryOperator operator = operator(cursor.peek().kind());
            if (operator == null || operator.precedence() != level) {
                return left;
            }
            Token symbol = cursor.read();
            int beforeRight = ctx.errorCount();
            Expression right = parseBinary(level + 1);
            left = new BinaryOpExpr(Spans.between(left, right), left, operator, symbol.range(), right);
            if (ctx.failedSince(beforeRight)) {
                return left;
            }
        }
    }

    Expression parseWithTraversals() {
        return traversals.parseTraversals(parseTerm());
    }

    private Expression parseTerm() {
        Token start = cursor.peek();
        switch (start.kind()) {
            case O_PAREN:
                return parseParentheses();
            case NUMBER_LIT:
                cursor.read();
                return new NumberLiteral(Spans.of(start), start.text());
            case IDENT:
                return parseIdentifierTerm();
            case O_QUOTE:
            case O_HEREDOC:
                return ctx.templates.parseTemplateExpression();
            case MINUS:
            case BANG:
                return parseUnary();
            case O_BRACK:
                return ctx.collections.parseTuple();
            case O_BRACE:
                return ctx.collections.parseObject();
            default:
                if (start.kind() == TokenKind.EOF) {
                    ctx.errorUnlessRecovering("Missing expression",
                            "Expected the start of an expression, but found the end of the file.", start.range());
                } else {
                    ctx.errorUnlessRecovering("Invalid expression",
                            "Expected the start of an expression, but found an invalid expression token.",
                            start.range());
                }
                cursor.recovery = true;
                return new InvalidExpr(Spans.of(start));
        }
    }

    private Expression parseIdentifierTerm() {
        Token name = cursor.read();
        TokenKind next = cursor.peek().kind();
        if (next == TokenKind.O_PAREN || next == TokenKind.DOUBLE_COLON) {
            return calls.finishFunctionCall(name);
        }
        return switch (name.text()) {
            case "true" -> new BoolLiteral(Spans.of(name), true);
            case "false" -> new BoolLiteral(Spans.of(name), false);
            case "null" -> new NullLiteral(Spans.of(name));
            default -> new VariableExpr(Spans.of(name), name.text());
        };
    }

    private Expression parseParentheses() {
        Token open = cursor.read();
        cursor.pushNewlines(false);
        try {
            int before = ctx.errorCount();
            Expression inner = parseExpression();
            if (ctx.errorCount() > before) {
                Token close = ctx.recover(TokenKind.C_PAREN);
                return new ParenthesesExpr(Spans.between(open, close), inner);
            }
            Token close = cursor.peek();
            if (close.kind() != TokenKind.C_PAREN) {
                ctx.error("Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.",
                        close.range());
                // hclsyntax consumes whatever token is there; skipping to the ")" (or the next item) recovers better.
                return new ParenthesesExpr(Spans.between(open, ctx.recover(TokenKind.C_PAREN)), inner);
            }
            close = cursor.read();
            return new ParenthesesExpr(Spans.between(open, close), inner);
        } finally {
            cursor.popNewlines();
        }
    }

    /**
     * "-x" and "!x" bind tighter than any binary operator: the operand is a term with its traversals, so
     * "-46+5" is "(-46)+5".
     */
    private Expression parseUnary() {
        Token symbol = cursor.read();
        if (!cursor.enter()) {
            return ctx.tooDeep();
        }
        try {
            Expression operand = parseWithTraversals();
            UnaryOpExpr.UnaryOperator operator = symbol.kind() == TokenKind.MINUS
                    ? UnaryOpExpr.UnaryOperator.NEGATE : UnaryOpExpr.UnaryOperator.NOT;
            return new UnaryOpExpr(Spans.between(symbol, operand), operator, operand);
        } finally {
            cursor.leave();
        }
    }

    private static BinaryOperator operator(TokenKind kind) {
        return switch (kind) {
            case OR -> BinaryOperator.OR;
            case AND -> BinaryOperator.AND;
            case EQUAL_OP -> BinaryOperator.EQUAL;
            case NOT_EQUAL -> BinaryOperator.NOT_EQUAL;
            case LESS_THAN -> BinaryOperator.LESS_THAN;
            case LESS_THAN_EQ -> BinaryOperator.LESS_THAN_OR_EQUAL;
            case GREATER_THAN -> BinaryOperator.GREATER_THAN;
            case GREATER_THAN_EQ -> BinaryOperator.GREATER_THAN_OR_EQUAL;
            case PLUS -> BinaryOperator.ADD;
            case MINUS -> BinaryOperator.SUBTRACT;
            case STAR -> BinaryOperator.MULTIPLY;
            case SLASH -> BinaryOperator.DIVIDE;
            case PERCENT -> BinaryOperator.MODULO;
            default -> null;
        };
    }
}
