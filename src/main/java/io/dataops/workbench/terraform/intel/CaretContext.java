package io.dataops.workbench.terraform.intel;

import io.dataops.workbench.hcl.lexer.Lexer;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where a caret is, read from the tokens before it rather than from a parse, so it works in a half-typed
 * line: the enclosing blocks (type and labels of each), whether the caret starts a body item or sits in an
 * expression, and the traversal typed just before it ({@code module.net.} gives {@code [module, net]}).
 */
record CaretContext(List<List<String>> blocks, boolean itemStart, List<String> traversal, boolean inQuotes,
                    String lineBefore, int prefixStart, String prefix) {

    static CaretContext at(String text, int caret) {
        int prefixStart = caret;
        while (prefixStart > 0 && isNameChar(text.charAt(prefixStart - 1))) {
            prefixStart--;
        }
        String prefix = text.substring(prefixStart, caret);
        int lineStart = text.lastIndexOf('\n', Math.max(0, prefixStart - 1)) + 1;
        if (prefixStart == 0) {
            lineStart = 0;
        }
        String lineBefore = text.substring(lineStart, prefixStart);
        List<String> traversal = traversal(text, prefixStart);
        List<List<String>> blocks = blocks(text, lineStart);
        boolean inQuotes = lineBefore.chars().filter(c -> c == '"').count() % 2 == 1;
        return new CaretContext(blocks, lineBefore.isBlank(), traversal, inQuotes, lineBefore, prefixStart, prefix);
    }

    /** The type and labels of the innermost block, or an empty list at the top level. */
    List<String> innermost() {
        return blocks.isEmpty() ? List.of() : blocks.get(blocks.size() - 1);
    }

    private static List<String> traversal(String text, int prefixStart) {
        List<String> parts = new ArrayList<>();
        int i = prefixStart;
        while (i > 0 && text.charAt(i - 1) == '.') {
            i--;
            int end = i;
            while (i > 0 && text.charAt(i - 1) == ']') {
                int open = text.lastIndexOf('[', i - 1);
                if (open < 0) {
                    return List.of();
                }
                i = open;
                end = i;
            }
            int start = end;
            while (start > 0 && isNameChar(text.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                return List.of();
            }
            parts.add(0, text.substring(start, end));
            i = start;
        }
        return parts;
    }

    /** The open blocks at {@code end}: each one's header words (type, then labels without quotes). */
    private static List<List<String>> blocks(String text, int end) {
        List<Token> tokens = Lexer.scan(text.substring(0, end), "").tokens();
        Deque<List<String>> open = new ArrayDeque<>();
        List<String> header = new ArrayList<>();
        for (Token token : tokens) {
            switch (token.kind()) {
                case NEWLINE, COMMENT, EQUAL, COMMA -> header = new ArrayList<>();
                case IDENT -> header.add(token.text());
                case QUOTED_LIT -> header.add(token.text());
                case O_BRACE -> {
                    open.push(header.isEmpty() ? List.of("{") : List.copyOf(header));
                    header = new ArrayList<>();
                }
                case C_BRACE -> {
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                    header = new ArrayList<>();
                }
                default -> {
                    if (token.kind() != TokenKind.O_QUOTE && token.kind() != TokenKind.C_QUOTE) {
                        header = new ArrayList<>(List.of("="));
                    }
                }
            }
        }
        List<List<String>> result = new ArrayList<>(open);
        java.util.Collections.reverse(result);
        return result;
    }

    static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
