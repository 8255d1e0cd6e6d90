package io.dataops.workbench.hcl.format;

import io.dataops.workbench.hcl.lexer.TokenKind;

/**
 * A token as hclwrite sees it: kind, exact text, and the number of spaces written before it. Formatting
 * changes only {@code spacesBefore} (plus the few tokens Terraform's rewrites replace).
 */
final class WriterToken {
    final TokenKind kind;
    final String text;
    int spacesBefore;

    WriterToken(TokenKind kind, String text, int spacesBefore) {
        this.kind = kind;
        this.text = text;
        this.spacesBefore = spacesBefore;
    }

    static WriterToken of(TokenKind kind, String text) {
        return new WriterToken(kind, text, 0);
    }

    /** Single-line comments ({@code #}, {@code //}) end with their line break, so they end a line too. */
    boolean endsLine() {
        return kind == TokenKind.NEWLINE || (kind == TokenKind.COMMENT && text.endsWith("\n"));
    }

    /** +1 for an opening bracket or template sequence, -1 for a closing one (hclwrite's tokenBracketChange). */
    int bracketChange() {
        return switch (kind) {
            case O_BRACE, O_BRACK, O_PAREN, TEMPLATE_CONTROL, TEMPLATE_INTERP -> 1;
            case C_BRACE, C_BRACK, C_PAREN, TEMPLATE_SEQ_END -> -1;
            default -> 0;
        };
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")";
    }
}
