package io.dataops.workbench.hcl.lexer;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourceRange;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexical errors: the same checks as hclsyntax's checkInvalidTokens (with its limits on repeating
 * one kind of message), plus constructs left open at the end of input.
 */
final class LexDiagnostics {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int bitwise;
    private int backticks;
    private int apostrophes;
    private boolean semicolon;
    private boolean badEncoding;

    private LexDiagnostics() {
    }

    static List<Diagnostic> of(TokenScanner scanner, List<Token> tokens) {
        LexDiagnostics d = new LexDiagnostics();
        tokens.forEach(d::check);
        d.unterminated(scanner, tokens);
        return d.diagnostics;
    }

    private void check(Token token) {
        SourceRange r = token.range();
        switch (token.kind()) {
            case BITWISE_AND, BITWISE_OR, BITWISE_XOR, BITWISE_NOT -> {
                if (bitwise++ < 4) {
                    String hint = switch (token.kind()) {
                        case BITWISE_AND -> " Did you mean boolean AND (\"&&\")?";
                        case BITWISE_OR -> " Did you mean boolean OR (\"||\")?";
                        case BITWISE_NOT -> " Did you mean boolean NOT (\"!\")?";
                        default -> "";
                    };
                    add("Unsupported operator", "Bitwise operators are not supported." + hint, r);
                }
            }
            case BACKTICK -> {
                // Report every other one, so an opening and closing backtick are one error.
                if (backticks % 2 == 0) {
                    add("Invalid character", "The \"`\" character is not valid. To create a multi-line string,"
                            + " use the \"heredoc\" syntax, like \"<<EOT\".", r);
                }
                backticks = Math.min(backticks + 1, 3);
            }
            case APOSTROPHE -> {
                if (apostrophes % 2 == 0) {
                    add("Invalid character", "Single quotes are not valid. Use double quotes (\") to enclose strings.", r);
                }
                apostrophes = Math.min(apostrophes + 1, 3);
            }
            case SEMICOLON -> {
                if (!semicolon) {
                    semicolon = true;
                    add("Invalid character", "The \";\" character is not valid. Use newlines to separate arguments"
                            + " and blocks, and commas to separate items in collection values.", r);
                }
            }
            case BAD_UTF8 -> {
                if (!badEncoding) {
                    badEncoding = true;
                    add("Invalid character encoding", "All input files must be UTF-8 encoded. Ensure that UTF-8"
                            + " encoding is selected in your editor.", r);
                }
            }
            case QUOTED_NEWLINE -> add("Invalid multi-line string", "Quoted strings may not be split over multiple"
                    + " lines. To produce a multi-line string, either use the \\n escape to represent a newline"
                    + " character or use the \"heredoc\" multi-line template syntax.", r);
            case INVALID -> add("Invalid character", "This character is not used within the language.", r);
            default -> {
            }
        }
    }

    private void unterminated(TokenScanner scanner, List<Token> tokens) {
        if (scanner.unterminatedComment >= 0) {
            add("Unterminated comment", "This comment has no closing \"*/\"; add one where the comment should end.",
                    tokens.get(scanner.unterminatedComment).range());
        }
        if (!scanner.openQuotes.isEmpty()) {
            add("Unterminated template string", "There is no closing quote (\") for this string.",
                    tokens.get(scanner.openQuotes.peekLast()).range());
        }
        if (!scanner.heredocs.isEmpty()) {
            TokenScanner.OpenHeredoc doc = scanner.heredocs.peekLast();
            add("Unterminated heredoc", "No closing marker \"" + doc.marker + "\" was found for this heredoc;"
                    + " put it on a line of its own, followed by a line break.",
                    tokens.get(doc.openingToken).range());
        }
    }

    private void add(String summary, String detail, SourceRange range) {
        diagnostics.add(Diagnostic.error(summary, detail, range));
    }
}
