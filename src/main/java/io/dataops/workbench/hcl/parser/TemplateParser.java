package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.TemplateExpr;
import io.dataops.workbench.hcl.tree.TemplatePart;

import java.util.ArrayList;
import java.util.List;

/**
 * Templates: quoted strings, heredocs and bare templates. Reads the template's tokens into
 * {@link TemplateItems} (parsing interpolated expressions and directive headers on the way, applying
 * strip markers to neighbouring literals), applies the flush-heredoc rule, joins adjacent literals and
 * nests the directives ({@link TemplateTreeBuilder}). Follows hclsyntax's parser_template.go.
 */
final class TemplateParser {

    private final ParseContext ctx;
    private final TokenCursor cursor;
    private final DirectiveParser directives;

    TemplateParser(ParseContext ctx) {
        this.ctx = ctx;
        this.cursor = ctx.cursor;
        this.directives = new DirectiveParser(ctx);
    }

    /** A quoted string or heredoc; the cursor is at its opening token. */
    Expression parseTemplateExpression() {
        Token open = cursor.read();
        boolean heredoc = open.kind() == TokenKind.O_HEREDOC;
        boolean flush = heredoc && open.text().startsWith("<<-");
        List<TemplatePart> parts = parseParts(open, heredoc ? TokenKind.C_HEREDOC : TokenKind.C_QUOTE, flush, !heredoc);
        TemplateExpr.Kind kind = !heredoc ? TemplateExpr.Kind.QUOTED
                : flush ? TemplateExpr.Kind.FLUSH_HEREDOC : TemplateExpr.Kind.HEREDOC;
        return new TemplateExpr(Spans.between(open, cursor.previous()), kind, parts);
    }

    /** A bare template (all tokens up to EOF), as read from a JSON string or a template file. */
    Expression parseBareTemplate() {
        Token first = cursor.peek();
        List<TemplatePart> parts = parseParts(null, TokenKind.EOF, false, false);
        return new TemplateExpr(Spans.between(first, cursor.previous()), TemplateExpr.Kind.BARE, parts);
    }

    private List<TemplatePart> parseParts(Token open, TokenKind end, boolean flush, boolean quoted) {
        List<TemplateItems.Item> items = new ArrayList<>();
        Token endToken = readItems(items, open, end, quoted);
        if (flush) {
            TemplateWhitespace.flushHeredoc(items);
        }
        TemplateWhitespace.joinLiterals(items);
        if (items.isEmpty()) {
            // As in hclsyntax, "" holds one empty literal, so evaluation needs no special case.
            items.add(new TemplateItems.Literal("", open != null ? Spans.emptyAfter(open) : Spans.emptyBefore(endToken)));
        }
        items.add(new TemplateItems.End(Spans.of(endToken)));
        return new TemplateTreeBuilder(ctx, items).build();
    }

    /** Reads items up to the closing token {@code end} and returns that token (or where reading stopped). */
    private Token readItems(List<TemplateItems.Item> items, Token open, TokenKind end, boolean quoted) {
        SourceRange startRange = cursor.nextRange();
        boolean trimNextStart = false;
        boolean nextCanTrimPrevious = false;
        while (true) {
            Token next = cursor.read();
            if (next.kind() == end) {
                return next;
            }
            boolean trimStart = trimNextStart;
            trimNextStart = false;
            boolean canTrimPrevious = nextCanTrimPrevious;
            nextCanTrimPrevious = false;
            switch (next.kind()) {
                case STRING_LIT, QUOTED_LIT -> {
                    String value = StringLiterals.decode(next, next.kind() == TokenKind.QUOTED_LIT, ctx);
                    if (trimStart) {
                        value = TemplateWhitespace.trimStart(value);
                    }
                    items.add(new TemplateItems.Literal(value, Spans.of(next)));
                    nextCanTrimPrevious = true;
                }
                case TEMPLATE_INTERP, TEMPLATE_CONTROL -> {
                    if (canTrimPrevious && next.text().endsWith("~")) {
                        TemplateWhitespace.trimEndOfLast(items);
                    }
                    cursor.pushNewlines(false);
                    try {
                        Token close = next.kind() == TokenKind.TEMPLATE_INTERP
                                ? readInterpolation(items, next, startRange, end)
                                : directives.readDirective(items, next, startRange);
                        trimNextStart = close != null && close.text().startsWith("~");
                    } finally {
                        cursor.popNewlines();
                    }
                }
                default -> {
                    ctx.errorUnlessRecovering("Unterminated template string", "No closing marker was found for the string.",
                            next.range());
                    return next.kind() == TokenKind.EOF ? next : ctx.recover(end);
                }
            }
        }
    }

    /** Reads {@code ${ expr }}; returns the closing token, or null when it was missing. */
    private Token readInterpolation(List<TemplateItems.Item> items, Token open, SourceRange startRange, TokenKind end) {
        Expression expression = ctx.expressions.parseExpression();
        Token close = cursor.peek();
        if (close.kind() != TokenKind.TEMPLATE_SEQ_END) {
            reportBadInterpolationEnd(close, startRange, end);
            Token recovered = ctx.recover(TokenKind.TEMPLATE_SEQ_END);
            items.add(new TemplateItems.Interpolation(Spans.between(open, recovered), expression,
                    open.text().endsWith("~"), false));
            return null;
        }
        cursor.read();
        items.add(new TemplateItems.Interpolation(Spans.between(open, close), expression, open.text().endsWith("~"),
                close.text().startsWith("~")));
        return close;
    }

    private void reportBadInterpolationEnd(Token close, SourceRange startRange, TokenKind end) {
        if (cursor.recovery) {
            return;
        }
        if (close.kind() == TokenKind.EOF) {
            ctx.error("Unclosed template interpolation sequence", "There is no closing brace for this interpolation"
                    + " sequence before the end of the file. This might be caused by incorrect nesting inside the"
                    + " given expression.", startRange);
        } else if (close.kind() == TokenKind.COLON) {
            ctx.error("Extra characters after interpolation expression", "Template interpolation doesn't expect a"
                    + " colon at this location. Did you intend this to be a literal sequence to be processed as part"
                    + " of another language? If so, you can escape it by starting with \"$${\" instead of just \"${\".",
                    close.range());
        } else if ((close.kind() == TokenKind.C_QUOTE || close.kind() == TokenKind.O_QUOTE) && end == TokenKind.C_QUOTE) {
            ctx.error("Unclosed template interpolation sequence", "There is no closing brace for this interpolation"
                    + " sequence before the end of the quoted template. This might be caused by incorrect nesting"
                    + " inside the given expression.", startRange);
        } else {
            ctx.error("Extra characters after interpolation expression", "Expected a closing brace to end the"
                    + " interpolation expression, but found extra characters.\n\nThis can happen when you include"
                    + " interpolation syntax for another language, such as shell scripting, but forget to escape the"
                    + " interpolation start token. If this is an embedded sequence for another language, escape it by"
                    + " starting with \"$${\" instead of just \"${\".", close.range());
        }
    }
}
