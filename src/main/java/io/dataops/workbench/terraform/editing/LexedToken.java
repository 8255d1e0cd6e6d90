package io.dataops.workbench.terraform.editing;

import io.dataops.workbench.hcl.lexer.TokenKind;

/** A token's kind and absolute char offsets [start, end): all the editor needs of a token. */
public record LexedToken(TokenKind kind, int start, int end) {
}
