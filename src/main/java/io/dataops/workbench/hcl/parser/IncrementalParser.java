package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourcePos;
import io.dataops.workbench.hcl.lexer.LexResult;
import io.dataops.workbench.hcl.lexer.Lexer;
import io.dataops.workbench.hcl.tree.ConfigFile;
import io.dataops.workbench.hcl.tree.TokenSlice;
import io.dataops.workbench.hcl.tree.TopLevelSegment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Re-parses a file after an edit by re-lexing and re-parsing only the top-level segments around it and
 * reusing the others (those after it shifted), so a keystroke in a large file costs about one block.
 * The result equals {@link HclParser#parse} of the new text; a test checks that on random edits.
 *
 * <p>Why it is safe: the window starts where the old lexer was outside any string or template at a line
 * start, so lexing can start there afresh; it is accepted only if the parser never had to look at the
 * window's (artificial) end, its last item ended a line with the lexer again outside any string, and no
 * tokens trail the last item. Otherwise the window grows (doubling) and, at the end of the file, the
 * tail is simply parsed to the end.
 */
public final class IncrementalParser {

    /** Lexical diagnostics that hclsyntax limits per file, so a window cannot reproduce them alone. */
    private static final Set<String> FILE_LIMITED = Set.of("Unsupported operator", "Invalid character",
            "Invalid character encoding");

    private IncrementalParser() {
    }

    public static ConfigFile reparse(ConfigFile old, TextEdit edit) {
        String oldSource = old.source();
        if (edit.end() > oldSource.length() || hasFileLimited(old.diagnostics()) || touchesSurrogates(oldSource, edit)) {
            return HclParser.parse(edit.applyTo(oldSource), old.filename());
        }
        String source = edit.applyTo(oldSource);
        List<TopLevelSegment> segments = old.segments();
        int first = firstTouched(segments, edit.start());
        int last = lastTouched(segments, edit.end());
        first = Math.max(0, first - 1);
        // A byte order mark is skipped only at the very start, so no window may start on one.
        while (first > 0 && (!segments.get(first - 1).restartSafe()
                || startsWithByteOrderMark(oldSource, segments.get(first).start()))) {
            first--;
        }
        last = Math.min(segments.size() - 1, last + 1);
        if (positionsInDetailsAfter(segments, last, old.filename())) {
            last = segments.size() - 1; // such details cannot be shifted, so those segments are parsed again
        }
        PositionShift shift = shiftOf(oldSource, source, edit);
        int span = 1;
        while (true) {
            List<TopLevelSegment> window = tryWindow(old, source, first, last, shift.chars);
            if (window != null) {
                return splice(old, source, first, last, window, shift);
            }
            span *= 2;
            last = Math.min(segments.size() - 1, last + span);
        }
    }

    /** Parses segments {@code [first, last]} of the old file as they read in the new text; null if not reusable. */
    private static List<TopLevelSegment> tryWindow(ConfigFile old, String source, int first, int last, int delta) {
        List<TopLevelSegment> segments = old.segments();
        boolean toEnd = last == segments.size() - 1;
        if (!toEnd && !segments.get(last).restartSafe()) {
            return null;
        }
        int from = segments.get(first).start();
        int to = toEnd ? source.length() : segments.get(last).end() + delta;
        LexResult lexed = Lexer.scanRange(source, from, to, startOf(segments, first), old.filename());
        ParseContext ctx = new ParseContext(lexed.tokens());
        List<BodyParser.SegmentDraft> drafts = new BodyParser(ctx).parseTopLevel();
        List<TopLevelSegment> window = SegmentAssembler.assemble(source, lexed.tokens(), drafts, ctx.diagnostics,
                lexed.diagnostics(), from, to);
        if (toEnd) {
            return window;
        }
        if (hasFileLimited(lexed.diagnostics())) {
            return null;
        }
        TopLevelSegment tail = window.get(window.size() - 1);
        if (tail.tokenSlice().size() != 1) {
            return null; // tokens after the last item belong to the next segment in a full parse
        }
        for (int i = 0; i < drafts.size() - 1; i++) {
            if (drafts.get(i).sawEnd()) {
                return null;
            }
        }
        if (window.size() < 2 || !window.get(window.size() - 2).restartSafe()) {
            return null;
        }
        return window.subList(0, window.size() - 1);
    }

    private static ConfigFile splice(ConfigFile old, String source, int first, int last, List<TopLevelSegment> window,
                                     PositionShift shift) {
        List<TopLevelSegment> segments = old.segments();
        List<TopLevelSegment> result = new ArrayList<>(segments.size() + window.size());
        result.addAll(segments.subList(0, first));
        result.addAll(window);
        for (int i = last + 1; i < segments.size(); i++) {
            result.add(shift.segment(segments.get(i)));
        }
        return new ConfigFile(old.filename(), source, result, HclParser.topLevelRedefinitions(result));
    }

    /** Where segment {@code index} starts: a line start right after the previous segment's last token. */
    private static SourcePos startOf(List<TopLevelSegment> segments, int index) {
        if (index == 0) {
            return new SourcePos(1, 1, 0);
        }
        TokenSlice previous = segments.get(index - 1).tokenSlice();
        return previous.endPos(previous.size() - 1);
    }

    private static int firstTouched(List<TopLevelSegment> segments, int offset) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).end() >= offset) {
                return i;
            }
        }
        return segments.size() - 1;
    }

    private static int lastTouched(List<TopLevelSegment> segments, int offset) {
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (segments.get(i).start() <= offset) {
                return i;
            }
        }
        return 0;
    }

    private static PositionShift shiftOf(String oldSource, String source, TextEdit edit) {
        String removed = oldSource.substring(edit.start(), edit.end());
        int chars = edit.replacement().length() - removed.length();
        int bytes = utf8Length(edit.replacement()) - utf8Length(removed);
        int lines = lineBreaks(edit.replacement()) - lineBreaks(removed);
        return new PositionShift(source, chars, bytes, lines);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int lineBreaks(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /** Whether a segment after {@code last} has a diagnostic whose detail names a position ("at main.tf:3,1-5"). */
    private static boolean positionsInDetailsAfter(List<TopLevelSegment> segments, int last, String filename) {
        String marker = filename + ":";
        for (int i = last + 1; i < segments.size(); i++) {
            for (Diagnostic diagnostic : segments.get(i).diagnostics()) {
                if (diagnostic.detail().contains(marker)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWithByteOrderMark(String source, int at) {
        return at < source.length() && source.charAt(at) == '\uFEFF';
    }

    /** Byte counts of half surrogate pairs depend on context; such edits take the full parse. */
    private static boolean touchesSurrogates(String oldSource, TextEdit edit) {
        int from = Math.max(0, edit.start() - 1);
        int to = Math.min(oldSource.length(), edit.end() + 1);
        return hasSurrogate(oldSource.substring(from, to)) || hasSurrogate(edit.replacement());
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFileLimited(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> FILE_LIMITED.contains(d.summary()));
    }
}
