package io.dataops.workbench.hcl.lexer;

import io.dataops.workbench.hcl.SourceRange;

/**
 * One token. {@code start}/{@code end} are char indices into the scanned Java string, so the text
 * between two tokens (spaces and tabs, which are not tokens) can be recovered and the source
 * reproduced exactly; {@code range} is the HCL position (line, column, UTF-8 byte offset).
 */
public record Token(TokenKind kind, String text, int start, int end, SourceRange range) {
}
