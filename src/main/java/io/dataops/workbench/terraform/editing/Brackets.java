package io.dataops.workbench.terraform.editing;

import io.dataops.workbench.hcl.lexer.TokenKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Bracket pairs from tokens, so braces inside strings and comments never count: for matching the bracket
 * at the caret, and for the foldable blocks (pairs whose lines differ).
 */
public final class Brackets {

    /** A matched pair: the offsets of the opening and the closing bracket. */
    public record Pair(int open, int close) {
    }

    /** A foldable region: the 0-based lines of the opening and closing bracket. */
    public record FoldRegion(int startLine, int endLine) {
    }

    private Brackets() {
    }

    public static List<Pair> pairs(List<LexedToken> tokens) {
        List<Pair> pairs = new ArrayList<>();
        Deque<LexedToken> open = new ArrayDeque<>();
        for (LexedToken token : tokens) {
            if (isOpening(token.kind())) {
                open.push(token);
            } else if (isClosing(token.kind())) {
                // Drop unmatched openers (a half-typed block) until one matches, as the parser recovers.
                while (!open.isEmpty() && closerOf(open.peek().kind()) != token.kind()) {
                    open.pop();
                }
                if (!open.isEmpty()) {
                    pairs.add(new Pair(open.pop().start(), token.start()));
                }
            }
        }
        return pairs;
    }

    /** The pair with a bracket at {@code caret} or just before it (the one the caret has just passed). */
    public static Optional<Pair> matchAt(List<LexedToken> tokens, int caret) {
        List<Pair> pairs = pairs(tokens);
        for (int offset : new int[] {caret, caret - 1}) {
            for (Pair pair : pairs) {
                if (pair.open() == offset || pair.close() == offset) {
                    return Optional.of(pair);
                }
            }
        }
        return Optional.empty();
    }

    /** Blocks, objects and lists spanning several lines, outermost first. */
    public static List<FoldRegion> foldRegions(String text, List<LexedToken> tokens) {
        int[] lineStarts = lineStarts(text);
        List<FoldRegion> regions = new ArrayList<>();
        for (Pair pair : pairs(tokens)) {
            int startLine = lineOf(lineStarts, pair.open());
            int endLine = lineOf(lineStarts, pair.close());
            if (endLine > startLine && text.charAt(pair.open()) != '(') {
                regions.add(new FoldRegion(startLine, endLine));
            }
        }
        regions.sort((a, b) -> a.startLine() != b.startLine() ? Integer.compare(a.startLine(), b.startLine())
                : Integer.compare(b.endLine(), a.endLine()));
        return regions;
    }

    /** The innermost fold region starting on {@code line}, else the innermost one containing it. */
    public static Optional<FoldRegion> regionAt(List<FoldRegion> regions, int line) {
        Optional<FoldRegion> starting = regions.stream().filter(r -> r.startLine() == line)
                .reduce((outer, inner) -> inner);
        return starting.or(() -> regions.stream().filter(r -> r.startLine() < line && line <= r.endLine())
                .reduce((outer, inner) -> inner));
    }

    private static boolean isOpening(TokenKind kind) {
        return kind == TokenKind.O_BRACE || kind == TokenKind.O_BRACK || kind == TokenKind.O_PAREN;
    }

    private static boolean isClosing(TokenKind kind) {
        return kind == TokenKind.C_BRACE || kind == TokenKind.C_BRACK || kind == TokenKind.C_PAREN;
    }

    private static TokenKind closerOf(TokenKind opening) {
        return switch (opening) {
            case O_BRACE -> TokenKind.C_BRACE;
            case O_BRACK -> TokenKind.C_BRACK;
            default -> TokenKind.C_PAREN;
        };
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, int offset) {
        int index = java.util.Arrays.binarySearch(starts, offset);
        return index >= 0 ? index : -index - 2;
    }
}
