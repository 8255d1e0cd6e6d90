package io.dataops.workbench.hcl.lexer;

import io.dataops.workbench.hcl.Diagnostic;

import java.util.List;

/**
 * What {@link Lexer} produced: the tokens in source order, always ending with one {@link TokenKind#EOF},
 * and the lexical errors found (invalid characters, unterminated comments, strings and heredocs).
 */
public record LexResult(List<Token> tokens, List<Diagnostic> diagnostics) {

    public LexResult {
        tokens = List.copyOf(tokens);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}
