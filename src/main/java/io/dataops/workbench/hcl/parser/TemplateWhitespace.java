package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.tree.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Whitespace rules applied to template literals at syntax level: {@code ~} strip markers, the {@code <<-}
 * heredoc indentation removal (smallest leading-space count over the lines that are not blank, counted in
 * characters, tabs count one) and joining adjacent literals. "Space" is Go's unicode.IsSpace, as in hclsyntax.
 */
final class TemplateWhitespace {

    private TemplateWhitespace() {
    }

    static boolean isSpace(int c) {
        return switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            default -> c > 0xFF && Character.isSpaceChar(c);
        };
    }

    static String trimStart(String value) {
        int i = 0;
        while (i < value.length() && isSpace(value.codePointAt(i))) {
            i += Character.charCount(value.codePointAt(i));
        }
        return value.substring(i);
    }

    static String trimEnd(String value) {
        int end = value.length();
        while (end > 0 && isSpace(value.codePointBefore(end))) {
            end -= Character.charCount(value.codePointBefore(end));
        }
        return value.substring(0, end);
    }

    /** A <code>${~</code> or <code>%{~</code> strips the end of the literal right before it, if there is one. */
    static void trimEndOfLast(List<TemplateItems.Item> items) {
        if (!items.isEmpty() && items.get(items.size() - 1) instanceof TemplateItems.Literal literal) {
            literal.value = trimEnd(literal.value);
        }
    }

    static void flushHeredoc(List<TemplateItems.Item> items) {
        int minSpaces = Integer.MAX_VALUE;
        boolean lineStart = true;
        List<TemplateItems.Literal> adjust = new ArrayList<>();
        for (TemplateItems.Item item : items) {
            if (lineStart) {
                lineStart = false;
                int spaces = 0;
                if (item instanceof TemplateItems.Literal literal) {
                    String trimmed = trimStart(literal.value);
                    if (trimmed.isEmpty() && literal.value.endsWith("\n")) {
                        spaces = Integer.MAX_VALUE; // a blank line does not count
                    } else {
                        String lead = literal.value.substring(0, literal.value.length() - trimmed.length());
                        spaces = lead.codePointCount(0, lead.length());
                        adjust.add(literal);
                    }
                }
                minSpaces = Math.min(minSpaces, spaces);
            }
            if (item instanceof TemplateItems.Literal literal && literal.value.endsWith("\n")) {
                lineStart = true;
            }
        }
        for (TemplateItems.Literal literal : adjust) {
            int cut = literal.value.offsetByCodePoints(0, Math.min(minSpaces, literal.value.codePointCount(0, literal.value.length())));
            literal.value = literal.value.substring(cut);
        }
    }

    static void joinLiterals(List<TemplateItems.Item> items) {
        List<TemplateItems.Item> joined = new ArrayList<>(items.size());
        int i = 0;
        while (i < items.size()) {
            TemplateItems.Item item = items.get(i);
            int runEnd = i + 1;
            while (item instanceof TemplateItems.Literal && runEnd < items.size()
                    && items.get(runEnd) instanceof TemplateItems.Literal) {
                runEnd++;
            }
            if (runEnd - i > 1) {
                StringBuilder value = new StringBuilder();
                for (int j = i; j < runEnd; j++) {
                    value.append(((TemplateItems.Literal) items.get(j)).value);
                }
                Span first = items.get(i).span();
                Span last = items.get(runEnd - 1).span();
                joined.add(new TemplateItems.Literal(value.toString(), Spans.between(first, last)));
            } else {
                joined.add(item);
            }
            i = runEnd;
        }
        items.clear();
        items.addAll(joined);
    }
}
