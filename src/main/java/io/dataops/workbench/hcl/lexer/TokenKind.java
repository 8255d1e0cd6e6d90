package io.dataops.workbench.hcl.lexer;

/**
 * Token kinds of HCL's native syntax, one for one with hclsyntax's TokenType, so that its scanner,
 * parser and hclwrite's formatter rules carry over. CONTRACT shared by the lexer, parser and formatter.
 */
public enum TokenKind {
    O_BRACE, C_BRACE, O_BRACK, C_BRACK, O_PAREN, C_PAREN,
    /** Opening and closing double quote of a quoted template. */
    O_QUOTE, C_QUOTE,
    /** {@code <<EOT} or {@code <<-EOT} with its newline, and the closing marker line. */
    O_HEREDOC, C_HEREDOC,
    STAR, SLASH, PLUS, MINUS, PERCENT,
    EQUAL, EQUAL_OP, NOT_EQUAL, LESS_THAN, LESS_THAN_EQ, GREATER_THAN, GREATER_THAN_EQ,
    AND, OR, BANG,
    DOT, COMMA, DOUBLE_COLON, ELLIPSIS, FAT_ARROW, QUESTION, COLON,
    /** {@code ${} and {@code %{} opening a template sequence, and the {@code }} closing it. */
    TEMPLATE_INTERP, TEMPLATE_CONTROL, TEMPLATE_SEQ_END,
    /** Literal text inside a quoted template (escapes not yet decoded). */
    QUOTED_LIT,
    /** Literal text inside a heredoc or a bare template. */
    STRING_LIT,
    NUMBER_LIT, IDENT,
    /** A comment; a {@code #} or {@code //} comment includes its line break, as in hclsyntax. */
    COMMENT,
    NEWLINE, EOF,
    /** Characters HCL reserves or rejects, kept so the tree stays lossless and errors have a range. */
    BITWISE_AND, BITWISE_OR, BITWISE_NOT, BITWISE_XOR, STAR_STAR, APOSTROPHE, BACKTICK, SEMICOLON,
    TABS, INVALID, BAD_UTF8, QUOTED_NEWLINE
}
