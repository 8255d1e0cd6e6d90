package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.NameSuggestion;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import io.dataops.workbench.hcl.tree.Expression;

import java.util.List;
import java.util.Optional;

/** The header of a template directive: {@code %{if c}}, {@code %{else}}, {@code %{endif}}, {@code %{for k, v in c}}, {@code %{endfor}}. */
final class DirectiveParser {

    private static final List<String> KEYWORDS = List.of("if", "for", "else", "endif", "endfor");

    private final ParseContext ctx;
    private final TokenCursor cursor;

    DirectiveParser(ParseContext ctx) {
        this.ctx = ctx;
        this.cursor = ctx.cursor;
    }

    /** Reads the directive after its {@code %{} and returns its closing token, or null if it had to skip ahead. */
    Token readDirective(List<TemplateItems.Item> items, Token open, SourceRange startRange) {
        Token keyword = cursor.peek();
        if (keyword.kind() != TokenKind.IDENT) {
            ctx.errorUnlessRecovering("Invalid template directive", "A template directive keyword (\"if\", \"for\","
                    + " etc) is expected at the beginning of a %{ sequence.", keyword.range());
            ctx.recover(TokenKind.TEMPLATE_SEQ_END);
            return null;
        }
        cursor.read();
        switch (keyword.text()) {
            case "if" -> {
                Expression condition = ctx.expressions.parseExpression();
                items.add(new TemplateItems.IfOpen(Spans.between(open, cursor.peek()), condition));
            }
            case "else" -> items.add(new TemplateItems.Closer(Spans.between(open, cursor.peek()), TemplateItems.CloserKind.ELSE));
            case "endif" -> items.add(new TemplateItems.Closer(Spans.between(open, cursor.peek()), TemplateItems.CloserKind.ENDIF));
            case "endfor" -> items.add(new TemplateItems.Closer(Spans.between(open, cursor.peek()), TemplateItems.CloserKind.ENDFOR));
            case "for" -> {
                if (!readForHeader(items, open)) {
                    ctx.recover(TokenKind.TEMPLATE_SEQ_END);
                    return null;
                }
            }
            default -> {
                String suggestion = NameSuggestion.suggest(keyword.text(), KEYWORDS)
                        .map(name -> " Did you mean \"" + name + "\"?").orElse("");
                ctx.errorUnlessRecovering("Invalid template control keyword",
                        "\"" + keyword.text() + "\" is not a valid template control keyword." + suggestion, keyword.range());
                ctx.recover(TokenKind.TEMPLATE_SEQ_END);
                return null;
            }
        }
        Token close = cursor.peek();
        if (close.kind() != TokenKind.TEMPLATE_SEQ_END) {
            ctx.errorUnlessRecovering("Extra characters in " + keyword.text() + " marker",
                    "Expected a closing brace to end the sequence, but found extra characters.", close.range());
            ctx.recover(TokenKind.TEMPLATE_SEQ_END);
            return null;
        }
        return cursor.read();
    }

    private boolean readForHeader(List<TemplateItems.Item> items, Token open) {
        if (cursor.peek().kind() != TokenKind.IDENT) {
            ctx.errorUnlessRecovering("Invalid 'for' directive", "For directive requires variable name after 'for'.",
                    cursor.peek().range());
            return false;
        }
        String valueName = cursor.read().text();
        Optional<String> keyName = Optional.empty();
        if (cursor.peek().kind() == TokenKind.COMMA) {
            keyName = Optional.of(valueName);
            cursor.read();
            if (cursor.peek().kind() != TokenKind.IDENT) {
                ctx.errorUnlessRecovering("Invalid 'for' directive", "For directive requires value variable name after comma.",
                        cursor.peek().range());
                return false;
            }
            valueName = cursor.read().text();
        }
        if (!CollectionParser.isKeyword(cursor.peek(), "in")) {
            ctx.errorUnlessRecovering("Invalid 'for' directive", "For directive requires 'in' keyword after names.",
                    cursor.peek().range());
            return false;
        }
        cursor.read();
        Expression collection = ctx.expressions.parseExpression();
        items.add(new TemplateItems.ForOpen(Spans.between(open, cursor.peek()), keyName, valueName, collection));
        return true;
    }
}
