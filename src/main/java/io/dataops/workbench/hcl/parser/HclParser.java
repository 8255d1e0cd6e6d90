package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.lexer.LexResult;
import io.dataops.workbench.hcl.lexer.Lexer;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.BodyItem;
import io.dataops.workbench.hcl.tree.ConfigFile;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.TopLevelSegment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the HCL native-syntax parser. Never throws on any input and never stops at the first
 * error: the result always has a tree, plus the diagnostics (HCL style: summary, detail, range).
 *
 * <pre>{@code
 * ConfigFile file = HclParser.parse(text, "main.tf");
 * file.blocks("resource", "aws_s3_bucket");   file.diagnostics();   file.print().equals(text)
 * }</pre>
 */
public final class HclParser {

    private HclParser() {
    }

    /** Parses a whole configuration file. */
    public static ConfigFile parse(String source, String filename) {
        LexResult lexed = Lexer.scan(source, filename);
        List<TopLevelSegment> segments = parseSegments(source, lexed, 0, source.length());
        return new ConfigFile(filename, source, segments, topLevelRedefinitions(segments));
    }

    /** Parses {@code [from, to)} of an already lexed text into segments (used by the incremental parser). */
    static List<TopLevelSegment> parseSegments(String source, LexResult lexed, int from, int to) {
        ParseContext ctx = new ParseContext(lexed.tokens());
        List<BodyParser.SegmentDraft> drafts = new BodyParser(ctx).parseTopLevel();
        return SegmentAssembler.assemble(source, lexed.tokens(), drafts, ctx.diagnostics, lexed.diagnostics(), from, to);
    }

    /** Parses a standalone expression (e.g. from a REPL or the JSON syntax's {@code "${...}"} escapes). */
    public static ExpressionParse parseExpression(String source, String filename) {
        LexResult lexed = Lexer.scan(source, filename);
        ParseContext ctx = new ParseContext(lexed.tokens());
        ctx.cursor.pushNewlines(false);
        Expression expression = ctx.expressions.parseExpression();
        Token next = ctx.cursor.peek();
        if (next.kind() != TokenKind.EOF && !ctx.cursor.recovery) {
            ctx.error("Extra characters after expression",
                    "An expression was successfully parsed, but extra characters were found after it.", next.range());
        }
        return new ExpressionParse(expression, merge(lexed.diagnostics(), ctx.diagnostics));
    }

    /** Parses a bare template: text with {@code ${...}} and {@code %{...}} sequences and no delimiters. */
    public static ExpressionParse parseTemplate(String source, String filename) {
        LexResult lexed = Lexer.scanTemplate(source, filename);
        ParseContext ctx = new ParseContext(lexed.tokens());
        Expression template = ctx.templates.parseBareTemplate();
        return new ExpressionParse(template, merge(lexed.diagnostics(), ctx.diagnostics));
    }

    /**
     * Parses a bare template that is embedded in a larger text at {@code start} (char index
     * {@code startChar}), e.g. the content of a JSON string: positions are those in the larger text.
     * Exact when the embedded text appears verbatim (no escapes in between).
     */
    public static ExpressionParse parseTemplateAt(String template, String filename, io.dataops.workbench.hcl.SourcePos start,
                                                  int startChar) {
        ExpressionParse parsed = parseTemplate(template, filename);
        PositionShift shift = new PositionShift(null, startChar, start.byteOffset(), start.line() - 1, start.column() - 1);
        List<Diagnostic> diagnostics = new ArrayList<>();
        parsed.diagnostics().forEach(d -> diagnostics.add(shift.diagnostic(d)));
        return new ExpressionParse(shift.expression(parsed.expression()), diagnostics);
    }

    /** An expression or template with the errors found parsing it. */
    public record ExpressionParse(Expression expression, List<Diagnostic> diagnostics) {

        public ExpressionParse {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return !diagnostics.isEmpty();
        }
    }

    static List<Diagnostic> topLevelRedefinitions(List<TopLevelSegment> segments) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, Attribute> seen = new HashMap<>();
        for (TopLevelSegment segment : segments) {
            BodyItem item = segment.item().orElse(null);
            if (item instanceof Attribute attribute) {
                Attribute existing = seen.putIfAbsent(attribute.name(), attribute);
                if (existing != null) {
                    found.add(Diagnostic.error("Attribute redefined", "The argument \"" + attribute.name()
                            + "\" was already set at " + ParseContext.describe(existing.nameRange())
                            + ". Each argument may be set only once.", attribute.nameRange()));
                }
            }
        }
        return found;
    }

    private static List<Diagnostic> merge(List<Diagnostic> first, List<Diagnostic> second) {
        List<Diagnostic> all = new ArrayList<>(first);
        all.addAll(second);
        all.sort(java.util.Comparator.comparingInt(d -> d.subject().start().byteOffset()));
        return all;
    }
}
