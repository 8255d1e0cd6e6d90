package io.dataops.workbench.hcl.tree;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourcePos;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.lexer.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A parsed configuration file: the source, its top-level {@link Body}, every token (comments and newlines
 * included) and the syntax errors. Lossless: {@link #print()} rebuilds the source from the tokens and the
 * spaces between them. Made by {@code io.dataops.workbench.hcl.parser.HclParser}; immutable.
 */
public final class ConfigFile {

    private final String filename;
    private final String source;
    private final List<TopLevelSegment> segments;
    private final Body body;
    private final List<Diagnostic> fileDiagnostics;
    private List<Token> tokens;
    private List<Diagnostic> diagnostics;

    /**
     * @param fileDiagnostics errors that involve several segments (an attribute set twice at the top level);
     *                        the segments hold all others
     */
    public ConfigFile(String filename, String source, List<TopLevelSegment> segments, List<Diagnostic> fileDiagnostics) {
        this.filename = filename;
        this.source = source;
        this.segments = List.copyOf(segments);
        this.fileDiagnostics = List.copyOf(fileDiagnostics);
        List<BodyItem> items = new ArrayList<>(this.segments.size());
        for (TopLevelSegment segment : this.segments) {
            segment.item().ifPresent(items::add);
        }
        this.body = new Body(new Span(0, source.length(), wholeRange()), items);
    }

    public String filename() {
        return filename;
    }

    public String source() {
        return source;
    }

    public Body body() {
        return body;
    }

    /** The file in top-level slices, for incremental re-parsing. */
    public List<TopLevelSegment> segments() {
        return segments;
    }

    /** All tokens in order, ending with EOF (a view: each Token is made when it is read). */
    public synchronized List<Token> tokens() {
        if (tokens == null) {
            int[] firstIndex = new int[segments.size() + 1];
            for (int i = 0; i < segments.size(); i++) {
                firstIndex[i + 1] = firstIndex[i] + segments.get(i).tokenSlice().size();
            }
            tokens = new java.util.AbstractList<>() {
                @Override
                public Token get(int index) {
                    int segment = java.util.Arrays.binarySearch(firstIndex, index);
                    segment = segment >= 0 ? segment : -segment - 2;
                    while (segments.get(segment).tokenSlice().size() == 0) {
                        segment++; // an empty slice shares its first index with the next one
                    }
                    return segments.get(segment).tokenSlice().get(index - firstIndex[segment]);
                }

                @Override
                public int size() {
                    return firstIndex[segments.size()];
                }
            };
        }
        return tokens;
    }

    /** The syntax errors, in source order. */
    public synchronized List<Diagnostic> diagnostics() {
        if (diagnostics == null) {
            List<Diagnostic> all = new ArrayList<>();
            segments.forEach(segment -> all.addAll(segment.diagnostics()));
            all.addAll(fileDiagnostics);
            all.sort(java.util.Comparator.comparingInt(d -> d.subject().start().byteOffset()));
            diagnostics = Collections.unmodifiableList(all);
        }
        return diagnostics;
    }

    public boolean hasErrors() {
        return !fileDiagnostics.isEmpty() || segments.stream().anyMatch(segment -> !segment.diagnostics().isEmpty());
    }

    /** The diagnostics that span segments (see the constructor). */
    public List<Diagnostic> fileDiagnostics() {
        return fileDiagnostics;
    }

    /** The exact source text of a node of this file, e.g. an attribute's expression as written. */
    public String text(Node node) {
        return node.span().text(source);
    }

    /** Top-level blocks of {@code type} whose labels start with {@code labels}. */
    public List<Block> blocks(String type, String... labels) {
        return body.blocks(type, labels);
    }

    /** The top-level attribute {@code name}. */
    public Optional<Attribute> attribute(String name) {
        return body.attribute(name);
    }

    /** The tokens of a node of this file (comments inside it included). */
    public List<Token> tokensOf(Node node) {
        List<Token> all = tokens();
        int from = firstTokenAtOrAfter(all, node.span().start());
        int to = from;
        while (to < all.size() && all.get(to).end() <= node.span().end() && all.get(to).start() < node.span().end()) {
            to++;
        }
        return all.subList(from, to);
    }

    /** The source rebuilt from the tokens and the gaps (spaces, tabs) between them: equals {@link #source()}. */
    public String print() {
        StringBuilder out = new StringBuilder(source.length());
        int at = 0;
        for (TopLevelSegment segment : segments) {
            at = segment.tokenSlice().printTo(out, at);
        }
        return out.append(source, at, source.length()).toString();
    }

    private static int firstTokenAtOrAfter(List<Token> all, int offset) {
        int low = 0;
        int high = all.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (all.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private SourceRange wholeRange() {
        SourcePos start = new SourcePos(1, 1, 0);
        if (segments.isEmpty() || segments.get(segments.size() - 1).tokenSlice().size() == 0) {
            return new SourceRange(filename, start, start);
        }
        TokenSlice last = segments.get(segments.size() - 1).tokenSlice();
        return new SourceRange(filename, start, last.endPos(last.size() - 1));
    }
}
