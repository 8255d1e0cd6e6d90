package io.dataops.workbench.hcl.format;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.lexer.LexResult;
import io.dataops.workbench.hcl.lexer.Lexer;
import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.parser.HclParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Formats HCL configuration exactly as {@code terraform fmt} (Terraform 1.11, hclwrite) does: Terraform's
 * rewrites ({@link TerraformRewrites}) then hclwrite's whitespace passes ({@link LineFormatter}). Only
 * whitespace between tokens changes, apart from those rewrites; heredoc text, comments and line endings
 * are kept. Input with syntax errors is returned unchanged with the errors, as terraform fmt refuses it.
 * Idempotent: formatting formatted text changes nothing.
 */
public final class Formatter {
    private Formatter() {
    }

    public static FormatResult format(String source, String filename) {
        LexResult lexed = Lexer.scan(source, filename);
        if (lexed.hasErrors()) {
            return new FormatResult(source, false, lexed.diagnostics());
        }
        List<Diagnostic> syntaxErrors = HclParser.parse(source, filename).diagnostics().stream()
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
        if (!syntaxErrors.isEmpty()) {
            return new FormatResult(source, false, syntaxErrors);
        }
        // The parser has vetted the syntax; the scanner finds the items the rewrites apply to.
        ConfigStructure structure = StructureScanner.scan(lexed.tokens());
        if (!structure.errors().isEmpty()) {
            return new FormatResult(source, false, structure.errors());
        }
        List<WriterToken> tokens = rewrite(writerTokens(source, lexed.tokens()), structure);
        LineFormatter.format(tokens);
        String text = write(tokens);
        return new FormatResult(text, !text.equals(source), List.<Diagnostic>of());
    }

    /** hclwrite's token model: spaces before each token from the gap in the source (a tab counts as one). */
    private static List<WriterToken> writerTokens(String source, List<Token> tokens) {
        List<WriterToken> out = new ArrayList<>(tokens.size());
        int previousEnd = 0;
        for (Token t : tokens) {
            int gap = t.start() - previousEnd;
            if (previousEnd == 0 && gap > 0 && source.charAt(0) == '\uFEFF') {
                gap--; // terraform fmt drops a byte order mark
            }
            out.add(new WriterToken(t.kind(), t.text(), gap));
            previousEnd = t.end();
        }
        return out;
    }

    /** Applies Terraform's rewrites: each replaces a token range [start, end) by new tokens. */
    private static List<WriterToken> rewrite(List<WriterToken> tokens, ConfigStructure structure) {
        Map<Integer, Replacement> replacements = new TreeMap<>();
        for (ConfigStructure.AttributeItem attr : structure.attributes()) {
            List<WriterToken> expr = tokens.subList(attr.exprStart(), attr.exprEnd());
            boolean variableType = attr.blockPath().equals(List.of("variable")) && attr.name().equals("type");
            List<WriterToken> replaced = variableType
                    ? TerraformRewrites.typeExpression(expr) : TerraformRewrites.valueExpression(expr);
            if (replaced != expr) {
                replacements.put(attr.exprStart(), new Replacement(attr.exprEnd(), replaced));
            }
        }
        for (ConfigStructure.BlockItem block : structure.blocks()) {
            if (block.labelStarts().isEmpty()) {
                continue;
            }
            List<List<WriterToken>> labels = new ArrayList<>();
            for (int i = 0; i < block.labelStarts().size(); i++) {
                labels.add(tokens.subList(block.labelStarts().get(i), block.labelEnds().get(i)));
            }
            int end = block.labelEnds().get(block.labelEnds().size() - 1);
            // Comments between the type and the last label go, as with hclwrite's SetLabels.
            replacements.put(block.typeIndex() + 1, new Replacement(end, TerraformRewrites.labels(labels)));
        }
        List<WriterToken> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); ) {
            Replacement r = replacements.get(i);
            if (r == null) {
                out.add(tokens.get(i++));
            } else {
                out.addAll(r.tokens());
                i = r.end();
            }
        }
        return out;
    }

    private record Replacement(int end, List<WriterToken> tokens) {
    }

    private static String write(List<WriterToken> tokens) {
        StringBuilder out = new StringBuilder();
        for (WriterToken t : tokens) {
            out.append(" ".repeat(t.spacesBefore));
            out.append(t.text);
        }
        return out.toString();
    }
}
