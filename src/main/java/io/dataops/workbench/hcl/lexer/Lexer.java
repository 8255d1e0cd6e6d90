package io.dataops.workbench.hcl.lexer;

import io.dataops.workbench.hcl.SourcePos;

import java.util.List;

/**
 * The HCL native-syntax scanner: turns source text into {@link Token}s exactly as hashicorp/hcl's
 * hclsyntax scanner does (same token kinds, same splits, same ranges), so its parser and hclwrite's
 * formatter rules carry over.
 *
 * <p>API: {@link #scan(String, String)} scans a configuration file; {@link #scanTemplate} scans a bare
 * template (as for {@code templatefile}); {@link #scanRange} scans part of a larger text (for re-scanning
 * one top-level block). All return a {@link LexResult}: the tokens in order, always ending with one EOF
 * token, plus the lexical diagnostics (see {@link LexDiagnostics}: invalid characters, bitwise
 * operators, multi-line quoted strings, unterminated comments, strings and heredocs).
 *
 * <p>Guarantees: never throws on any string (also lone surrogates, reported as BAD_UTF8), runs in time
 * linear in the input. Tokens hold char indices {@code start}/{@code end} into the scanned string; only
 * spaces and tabs (and a leading byte order mark) lie between tokens, so concatenating token texts and
 * the gaps between them reproduces the source exactly. Ranges: 1-based line and column (code points),
 * 0-based UTF-8 byte offsets.
 *
 * <p>Scanner facts worth knowing: {@code #} and {@code //} comments include their line break (no NEWLINE
 * token follows them); a heredoc's O_HEREDOC token includes the introducer's line break and its closing
 * line gives C_HEREDOC (with any leading spaces) then NEWLINE; a quoted string left open at the end of a
 * line continues on the next (QUOTED_NEWLINE tokens mark the breaks); {@code ~}} is always
 * TEMPLATE_SEQ_END. One deliberate difference from hclsyntax: an unterminated {@code /*} comment is one
 * COMMENT token to the end of input (hclsyntax rescans it as "/", "*", ...), with an error.
 */
public final class Lexer {
    private Lexer() {
    }

    /** Scans a whole configuration file. */
    public static LexResult scan(String source, String filename) {
        return scanRange(source, 0, source.length(), new SourcePos(1, 1, 0), filename);
    }

    /** Scans {@code source} as a bare template: literal text with {@code ${}} and {@code %{}} sequences. */
    public static LexResult scanTemplate(String source, String filename) {
        return run(new TokenScanner(source, 0, source.length(), filename, new SourcePos(1, 1, 0),
                TokenScanner.Mode.BARE));
    }

    /**
     * Scans {@code source[from, to)} in normal mode, starting at position {@code start}; token char
     * indices are indices into the whole {@code source}.
     */
    public static LexResult scanRange(String source, int from, int to, SourcePos start, String filename) {
        if (from < 0 || to > source.length() || from > to) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") outside the source");
        }
        return run(new TokenScanner(source, from, to, filename, start, TokenScanner.Mode.NORMAL));
    }

    private static LexResult run(TokenScanner scanner) {
        List<Token> tokens = scanner.run();
        return new LexResult(tokens, LexDiagnostics.of(scanner, tokens));
    }
}
