package io.dataops.workbench.terraform.editing;

import java.util.Optional;

/**
 * The editing conveniences as plain functions of the text, so they are tested without a toolkit:
 * auto-indent on Enter, closing brackets and quotes, and toggling {@code #} comments.
 */
public final class EditActions {

    public static final String INDENT = "  ";

    private EditActions() {
    }

    /**
     * Enter at {@code caret}: keep the line's indentation, indent one more after an opening bracket, and
     * between a bracket pair put the closing one on its own line.
     */
    public static TextEdit newline(String text, int caret) {
        int lineStart = text.lastIndexOf('\n', caret - 1) + 1;
        String indent = leadingWhitespace(text, lineStart, caret);
        char before = lastNonBlank(text, lineStart, caret);
        char after = caret < text.length() ? text.charAt(caret) : 0;
        if (before == '{' || before == '[' || before == '(') {
            String inner = "\n" + indent + INDENT;
            if (after == closerOf(before)) {
                return new TextEdit(caret, caret, inner + "\n" + indent, caret + inner.length());
            }
            return new TextEdit(caret, caret, inner, caret + inner.length());
        }
        return new TextEdit(caret, caret, "\n" + indent, caret + 1 + indent.length());
    }

    /**
     * A typed character: an opening bracket or quote gets its closer, and typing a closer just before the
     * same closer steps over it. Empty when the character is inserted as usual.
     */
    public static Optional<TextEdit> typed(String text, int caret, char typed) {
        char after = caret < text.length() ? text.charAt(caret) : 0;
        if ((typed == '}' || typed == ']' || typed == ')' || typed == '"') && after == typed) {
            return Optional.of(new TextEdit(caret, caret, "", caret + 1));
        }
        boolean nextIsWordChar = Character.isLetterOrDigit(after) || after == '_';
        if ((typed == '{' || typed == '[' || typed == '(') && !nextIsWordChar) {
            return Optional.of(new TextEdit(caret, caret, "" + typed + closerOf(typed), caret + 1));
        }
        if (typed == '"' && !nextIsWordChar && !insideWord(text, caret)) {
            return Optional.of(new TextEdit(caret, caret, "\"\"", caret + 1));
        }
        return Optional.empty();
    }

    /**
     * Comments out the lines of [selStart, selEnd] with {@code # }, or uncomments them when every non-blank
     * line already is a comment; the edit covers whole lines.
     */
    public static TextEdit toggleComment(String text, int selStart, int selEnd) {
        int from = text.lastIndexOf('\n', selStart - 1) + 1;
        int lastLineOffset = selEnd > selStart && selEnd > 0 && text.charAt(selEnd - 1) == '\n' ? selEnd - 1 : selEnd;
        int to = text.indexOf('\n', lastLineOffset);
        to = to < 0 ? text.length() : to;
        String[] lines = text.substring(from, to).split("\n", -1);
        boolean uncomment = true;
        for (String line : lines) {
            String stripped = line.stripLeading();
            if (!stripped.isEmpty() && !stripped.startsWith("#") && !stripped.startsWith("//")) {
                uncomment = false;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(uncomment ? uncommented(lines[i]) : lines[i].isBlank() ? lines[i] : commented(lines[i]));
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return new TextEdit(from, to, out.toString(), from + out.length());
    }

    private static String commented(String line) {
        int indent = line.length() - line.stripLeading().length();
        return line.substring(0, indent) + "# " + line.substring(indent);
    }

    private static String uncommented(String line) {
        int indent = line.length() - line.stripLeading().length();
        String rest = line.substring(indent);
        String marker = rest.startsWith("//") ? "//" : rest.startsWith("#") ? "#" : "";
        rest = rest.substring(marker.length());
        if (!marker.isEmpty() && rest.startsWith(" ")) {
            rest = rest.substring(1);
        }
        return line.substring(0, indent) + rest;
    }

    private static String leadingWhitespace(String text, int lineStart, int limit) {
        int i = lineStart;
        while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, i);
    }

    private static char lastNonBlank(String text, int lineStart, int caret) {
        for (int i = caret - 1; i >= lineStart; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    private static boolean insideWord(String text, int caret) {
        return caret > 0 && (Character.isLetterOrDigit(text.charAt(caret - 1)) || text.charAt(caret - 1) == '"');
    }

    private static char closerOf(char opening) {
        return switch (opening) {
            case '{' -> '}';
            case '[' -> ']';
            default -> ')';
        };
    }
}
