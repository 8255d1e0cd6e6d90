package io.dataops.workbench.hcl.format;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the body structure (attributes, blocks, one-line blocks) in a token list, the way hclsyntax's
 * parser reads it: comments are skipped and a {@code #}/{@code //} comment counts as a line break.
 * It stops at the first structural error; expressions are checked by {@link ExpressionExtent}.
 */
final class StructureScanner {
    private final List<Token> tokens;
    private final List<ConfigStructure.AttributeItem> attributes = new ArrayList<>();
    private final List<ConfigStructure.BlockItem> blocks = new ArrayList<>();
    private final List<Diagnostic> errors = new ArrayList<>();
    private int pos;

    private StructureScanner(List<Token> tokens) {
        this.tokens = tokens;
    }

    static ConfigStructure scan(List<Token> tokens) {
        StructureScanner scanner = new StructureScanner(tokens);
        scanner.body(List.of(), false);
        return new ConfigStructure(scanner.attributes, scanner.blocks, scanner.errors);
    }

    private void body(List<String> path, boolean nested) {
        while (errors.isEmpty()) {
            int i = peek();
            Token t = tokens.get(i);
            if (isLineEnd(t)) {
                pos = i + 1;
            } else if (t.kind() == TokenKind.EOF) {
                if (nested) {
                    error(t, "Unclosed configuration block", "There is no closing brace for this block before the end of the file.");
                }
                return;
            } else if (t.kind() == TokenKind.C_BRACE && nested) {
                return;
            } else if (t.kind() != TokenKind.IDENT) {
                error(t, "Argument or block definition required",
                        "An argument or block definition is required here.");
                return;
            } else {
                pos = i + 1;
                int next = peek();
                if (tokens.get(next).kind() == TokenKind.EQUAL) {
                    pos = next + 1;
                    attribute(t.text(), path, false);
                    lineEnd("Missing newline after argument", "An argument definition must end with a newline.");
                } else {
                    block(i, path);
                }
            }
        }
    }

    private void attribute(String name, List<String> path, boolean oneLineBlock) {
        ExpressionExtent extent = new ExpressionExtent(tokens, pos, oneLineBlock);
        if (extent.error() != null) {
            errors.add(extent.error());
            return;
        }
        attributes.add(new ConfigStructure.AttributeItem(name, extent.start(), extent.end(), path));
        pos = extent.stop();
    }

    private void block(int typeIndex, List<String> path) {
        List<Integer> labelStarts = new ArrayList<>();
        List<Integer> labelEnds = new ArrayList<>();
        while (true) {
            int i = peek();
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.O_BRACE) {
                pos = i + 1;
                break;
            }
            if (t.kind() == TokenKind.IDENT) {
                labelStarts.add(i);
                labelEnds.add(i + 1);
                pos = i + 1;
            } else if (t.kind() == TokenKind.O_QUOTE) {
                int close = quotedLabelEnd(i);
                if (close < 0) {
                    return;
                }
                labelStarts.add(i);
                labelEnds.add(close + 1);
                pos = close + 1;
            } else {
                error(t, "Invalid block definition", "Either a quoted string block label or an opening brace (\"{\")"
                        + " is expected here.");
                return;
            }
        }
        blocks.add(new ConfigStructure.BlockItem(typeIndex, labelStarts, labelEnds));
        List<String> inner = new ArrayList<>(path);
        inner.add(tokens.get(typeIndex).text());
        int i = peek();
        Token t = tokens.get(i);
        if (isLineEnd(t)) {
            pos = i + 1;
            body(List.copyOf(inner), true);
            if (!errors.isEmpty()) {
                return;
            }
            pos = peek() + 1; // the closing brace body() stopped at
        } else if (t.kind() == TokenKind.C_BRACE) {
            pos = i + 1;
        } else {
            oneLineBody(List.copyOf(inner), t, i);
            if (!errors.isEmpty()) {
                return;
            }
        }
        lineEnd("Missing newline after block definition", "A block definition must end with a newline.");
    }

    /** {@code name { attr = expr }} on one line: at most one argument, closed on the same line. */
    private void oneLineBody(List<String> path, Token first, int firstIndex) {
        pos = firstIndex + 1;
        int eq = peek();
        if (first.kind() != TokenKind.IDENT || tokens.get(eq).kind() != TokenKind.EQUAL) {
            error(first, "Argument definition required", "A single-line block definition can contain only a single"
                    + " argument. To define a nested block, place it on a line of its own within its parent block.");
            return;
        }
        pos = eq + 1;
        attribute(first.text(), path, true);
        if (!errors.isEmpty()) {
            return;
        }
        int close = peek();
        if (tokens.get(close).kind() != TokenKind.C_BRACE) {
            error(tokens.get(close), "Invalid single-argument block definition",
                    "A single-line block definition must be closed on the same line, with one argument only.");
            return;
        }
        pos = close + 1;
    }

    /** The index of the closing quote of a label, or -1 (with an error) if it is not a plain string. */
    private int quotedLabelEnd(int open) {
        int i = open + 1;
        while (tokens.get(i).kind() == TokenKind.QUOTED_LIT) {
            i++;
        }
        if (tokens.get(i).kind() != TokenKind.C_QUOTE) {
            error(tokens.get(i), "Invalid string literal", "Template sequences are not allowed in a block label.");
            return -1;
        }
        return i;
    }

    private void lineEnd(String summary, String detail) {
        if (!errors.isEmpty()) {
            return;
        }
        int i = peek();
        Token t = tokens.get(i);
        if (isLineEnd(t)) {
            pos = i + 1;
        } else if (t.kind() != TokenKind.EOF) {
            error(t, summary, detail);
        }
    }

    /** The next token that is not an inline ({@code /* *}{@code /}) comment. */
    private int peek() {
        int i = pos;
        while (isInlineComment(tokens.get(i))) {
            i++;
        }
        return i;
    }

    static boolean isInlineComment(Token t) {
        return t.kind() == TokenKind.COMMENT && !t.text().endsWith("\n");
    }

    static boolean isLineEnd(Token t) {
        return t.kind() == TokenKind.NEWLINE || (t.kind() == TokenKind.COMMENT && t.text().endsWith("\n"));
    }

    private void error(Token at, String summary, String detail) {
        errors.add(Diagnostic.error(summary, detail, at.range()));
    }
}
