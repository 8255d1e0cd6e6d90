package io.dataops.workbench.hcl.tree;

import io.dataops.workbench.hcl.SourcePos;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * A run of tokens stored compactly (about 40 bytes a token instead of about 160 for Token objects with
 * their texts and positions), so a parsed 10 MB file keeps its millions of tokens in a small part of
 * the heap. {@link #asList()} gives them back as {@link Token}s, made on access; a token's text is the
 * source between its start and end.
 */
public final class TokenSlice {

    private static final TokenKind[] KINDS = TokenKind.values();
    private static final int FIELDS = 8;

    private final String source;
    private final String filename;
    private final byte[] kinds;
    /** Per token: start, end, start line, start column, start byte, end line, end column, end byte. */
    private final int[] data;

    private TokenSlice(String source, String filename, byte[] kinds, int[] data) {
        this.source = source;
        this.filename = filename;
        this.kinds = kinds;
        this.data = data;
    }

    public static TokenSlice of(String source, List<Token> tokens) {
        byte[] kinds = new byte[tokens.size()];
        int[] data = new int[tokens.size() * FIELDS];
        String filename = tokens.isEmpty() ? "" : tokens.get(0).range().filename();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            kinds[i] = (byte) token.kind().ordinal();
            SourcePos start = token.range().start();
            SourcePos end = token.range().end();
            int at = i * FIELDS;
            data[at] = token.start();
            data[at + 1] = token.end();
            data[at + 2] = start.line();
            data[at + 3] = start.column();
            data[at + 4] = start.byteOffset();
            data[at + 5] = end.line();
            data[at + 6] = end.column();
            data[at + 7] = end.byteOffset();
        }
        return new TokenSlice(source, filename, kinds, data);
    }

    /** The same tokens in {@code newSource}, moved by {@code chars}/{@code bytes}/{@code lines} (columns stay). */
    public TokenSlice shifted(String newSource, int chars, int bytes, int lines) {
        int[] moved = data.clone();
        for (int at = 0; at < moved.length; at += FIELDS) {
            moved[at] += chars;
            moved[at + 1] += chars;
            moved[at + 2] += lines;
            moved[at + 4] += bytes;
            moved[at + 5] += lines;
            moved[at + 7] += bytes;
        }
        return new TokenSlice(newSource, filename, kinds, moved);
    }

    public int size() {
        return kinds.length;
    }

    public TokenKind kind(int index) {
        return KINDS[kinds[index]];
    }

    public int start(int index) {
        return data[index * FIELDS];
    }

    public int end(int index) {
        return data[index * FIELDS + 1];
    }

    public SourcePos endPos(int index) {
        int at = index * FIELDS;
        return new SourcePos(data[at + 5], data[at + 6], data[at + 7]);
    }

    public Token get(int index) {
        int at = index * FIELDS;
        SourceRange range = new SourceRange(filename, new SourcePos(data[at + 2], data[at + 3], data[at + 4]),
                new SourcePos(data[at + 5], data[at + 6], data[at + 7]));
        return new Token(kind(index), source.substring(data[at], data[at + 1]), data[at], data[at + 1], range);
    }

    public List<Token> asList() {
        return new AbstractList<>() {
            @Override
            public Token get(int index) {
                return TokenSlice.this.get(index);
            }

            @Override
            public int size() {
                return kinds.length;
            }
        };
    }

    /** Appends the tokens' texts, with the gaps before each of them, to {@code out}; returns where it stopped. */
    int printTo(StringBuilder out, int from) {
        int at = from;
        for (int i = 0; i < kinds.length; i++) {
            out.append(source, at, start(i)).append(source, start(i), end(i));
            at = end(i);
        }
        return at;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof TokenSlice that)) {
            return false;
        }
        if (!Arrays.equals(kinds, that.kinds) || !Arrays.equals(data, that.data) || !filename.equals(that.filename)) {
            return false;
        }
        if (kinds.length == 0) {
            return true;
        }
        int from = start(0);
        int to = end(kinds.length - 1);
        return to <= source.length() && to <= that.source.length()
                && source.regionMatches(from, that.source, from, to - from);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(kinds) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "TokenSlice[" + kinds.length + " tokens]";
    }
}
