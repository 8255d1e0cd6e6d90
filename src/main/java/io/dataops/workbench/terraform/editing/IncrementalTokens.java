package io.dataops.workbench.terraform.editing;

import io.dataops.workbench.hcl.lexer.Lexer;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tokens of an editor buffer, kept up to date edit by edit without scanning the whole text again.
 *
 * <p>The text is cut into segments at "safe points": just after a line break that the scanner reaches
 * outside any string, heredoc or template sequence. There the scanner is in its initial state, so
 * scanning may start at any safe point and gives the same tokens as a scan from the top. After an edit,
 * only the segments from the safe point before the edit are scanned again, up to the first old safe point
 * after it where the new scan is back in the initial state too; from there on the old tokens still hold.
 * Typing inside a line re-scans that line; opening a heredoc re-scans to where it closes.
 */
public final class IncrementalTokens {

    private static final String NAME = "editor";

    private final List<TokenSegment> segments = new ArrayList<>();
    private int length;

    /** Scans the whole text (for a newly loaded buffer, off the FX thread when large). */
    public RelexedRange reset(String text) {
        List<Token> tokens = Lexer.scan(text, NAME).tokens();
        segments.clear();
        segments.addAll(split(text, tokens));
        length = text.length();
        return new RelexedRange(0, text.length(), text, lexed(tokens, 0));
    }

    /** {@link #edit(TextSource, int, int, int, int)} on a string. */
    public Optional<RelexedRange> edit(String text, int position, int removed, int inserted, int limitChars) {
        return edit(TextSource.of(text), position, removed, inserted, limitChars);
    }

    /**
     * Updates the tokens after {@code removed} chars at {@code position} were replaced by {@code inserted}
     * chars, giving {@code text}. Empty when the re-scan would exceed {@code limitChars}: the caller then
     * scans the whole text in the background and calls {@link #reset}.
     */
    public Optional<RelexedRange> edit(TextSource text, int position, int removed, int inserted, int limitChars) {
        if (text.length() != length - removed + inserted) {
            throw new IllegalStateException("edit does not match the text: " + length + " - " + removed + " + "
                    + inserted + " != " + text.length());
        }
        if (segments.isEmpty()) {
            return Optional.of(reset(text.text(0, text.length())));
        }
        int delta = inserted - removed;
        int first = 0;
        int from = 0;
        while (first < segments.size() - 1 && from + segments.get(first).length() <= position) {
            from += segments.get(first).length();
            first++;
        }
        int last = first;
        int end = from + segments.get(first).length();
        while (last < segments.size() - 1 && end < position + removed) {
            last++;
            end += segments.get(last).length();
        }
        int step = 1;
        while (true) {
            int newEnd = end + delta;
            if (newEnd - from > limitChars) {
                return Optional.empty();
            }
            // Only the stretch is read from the buffer: copying a large document costs more than the scan.
            String chunk = text.text(from, newEnd);
            List<Token> tokens = Lexer.scan(chunk, NAME).tokens();
            if (last == segments.size() - 1 || endsInInitialState(chunk, tokens)) {
                List<TokenSegment> fresh = split(chunk, tokens);
                segments.subList(first, last + 1).clear();
                segments.addAll(first, fresh);
                length = text.length();
                return Optional.of(new RelexedRange(from, newEnd, chunk, lexed(tokens, from)));
            }
            // Not back in step yet (an opened string or heredoc): take in more old segments, doubling.
            for (int k = 0; k < step && last < segments.size() - 1; k++) {
                last++;
                end += segments.get(last).length();
            }
            step *= 2;
        }
    }

    /** Every token of the text in order, without the end-of-file token. */
    public List<LexedToken> tokens() {
        List<LexedToken> all = new ArrayList<>();
        int offset = 0;
        for (TokenSegment segment : segments) {
            for (int i = 0; i < segment.size(); i++) {
                all.add(new LexedToken(segment.kinds()[i], offset + segment.starts()[i], offset + segment.ends()[i]));
            }
            offset += segment.length();
        }
        return all;
    }

    public int segmentCount() {
        return segments.size();
    }

    private static boolean endsInInitialState(String chunk, List<Token> tokens) {
        ScannerModes modes = new ScannerModes();
        Token lastReal = null;
        for (Token token : tokens) {
            if (token.kind() != TokenKind.EOF) {
                modes.accept(token.kind());
                lastReal = token;
            }
        }
        return lastReal != null && modes.initial() && lastReal.end() == chunk.length() && isLineEnd(chunk, lastReal);
    }

    /** Cuts a scanned chunk (tokens relative to it) into segments at its safe points. */
    private static List<TokenSegment> split(String text, List<Token> tokens) {
        int from = 0;
        int to = text.length();
        List<TokenSegment> result = new ArrayList<>();
        ScannerModes modes = new ScannerModes();
        int segmentStart = from;
        int firstToken = 0;
        int count = tokens.size() - 1; // without EOF
        for (int i = 0; i < count; i++) {
            Token token = tokens.get(i);
            modes.accept(token.kind());
            if (modes.initial() && isLineEnd(text, token)) {
                result.add(TokenSegment.of(tokens, firstToken, i + 1, segmentStart, token.end()));
                segmentStart = token.end();
                firstToken = i + 1;
            }
        }
        if (segmentStart < to || result.isEmpty()) {
            result.add(TokenSegment.of(tokens, firstToken, count, segmentStart, to));
        }
        return result;
    }

    /**
     * Line comments include their line break and are not followed by a NEWLINE token. A block comment may
     * end in a line break only because the scan stopped (an unterminated one runs to the end), so it never
     * ends a line here.
     */
    private static boolean isLineEnd(String text, Token token) {
        if (token.kind() == TokenKind.NEWLINE) {
            return true;
        }
        boolean lineComment = text.charAt(token.start()) == '#' || text.startsWith("//", token.start());
        return token.kind() == TokenKind.COMMENT && lineComment && text.charAt(token.end() - 1) == '\n';
    }

    private static List<LexedToken> lexed(List<Token> tokens, int offset) {
        List<LexedToken> result = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (token.kind() != TokenKind.EOF) {
                result.add(new LexedToken(token.kind(), offset + token.start(), offset + token.end()));
            }
        }
        return result;
    }
}
