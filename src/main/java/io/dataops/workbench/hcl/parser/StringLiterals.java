package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.SourcePos;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.lexer.Token;

import java.nio.charset.StandardCharsets;

/**
 * Decodes a literal token of a template (hclsyntax's ParseStringLiteralToken): in quoted strings the
 * backslash escapes (newline, carriage return, tab, quote, backslash, four- and eight-digit unicode);
 * everywhere <code>$${</code> and <code>%%{</code> stand for the literal <code>${</code> and <code>%{</code>.
 */
final class StringLiterals {

    private StringLiterals() {
    }

    static String decode(Token token, boolean quoted, ParseContext ctx) {
        String text = token.text();
        if (!needsDecoding(text, quoted)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && quoted) {
                i = escape(token, i, out, ctx);
            } else if ((c == '$' || c == '%') && text.startsWith(c + "" + c + "{", i)) {
                out.append(c).append('{');
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean needsDecoding(String text, boolean quoted) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '\\' && quoted) || c == '$' || c == '%') {
                return true;
            }
        }
        return false;
    }

    /** Decodes the escape at {@code at} (a backslash) and returns the index after it. */
    private static int escape(Token token, int at, StringBuilder out, ParseContext ctx) {
        String text = token.text();
        if (at + 1 >= text.length()) {
            ctx.error("Invalid escape sequence", "Backslash must be followed by an escape sequence selector character.",
                    subRange(token, at, at + 1));
            return at + 1;
        }
        char selector = text.charAt(at + 1);
        switch (selector) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u', 'U' -> {
                return unicodeEscape(token, at, selector == 'u' ? 4 : 8, out, ctx);
            }
            default -> {
                int end = at + 1 + Character.charCount(text.codePointAt(at + 1));
                String symbol = text.substring(at + 1, end);
                ctx.error("Invalid escape sequence", "The symbol \"" + symbol + "\" is not a valid escape sequence selector.",
                        subRange(token, at, end));
                out.append(symbol);
                return end;
            }
        }
        return at + 2;
    }

    private static int unicodeEscape(Token token, int at, int digits, StringBuilder out, ParseContext ctx) {
        String text = token.text();
        int end = at + 2;
        while (end < text.length() && end < at + 2 + digits && Character.digit(text.charAt(end), 16) >= 0) {
            end++;
        }
        SourceRange range = subRange(token, at, end);
        if (end - at - 2 != digits) {
            ctx.error("Invalid escape sequence", "The \\" + text.charAt(at + 1) + " escape sequence must be followed by "
                    + (digits == 4 ? "four" : "eight") + " hexadecimal digits.", range);
            out.append(text, at, end);
            return end;
        }
        long codePoint = Long.parseLong(text.substring(at + 2, end), 16);
        if (codePoint > Character.MAX_CODE_POINT || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            ctx.error("Invalid escape sequence", String.format("Cannot encode character U+%04x in UTF-8.", codePoint), range);
            return end;
        }
        out.appendCodePoint((int) codePoint);
        return end;
    }

    /** The range of {@code token.text()[from, to)}; quoted literals never span lines. */
    static SourceRange subRange(Token token, int from, int to) {
        SourcePos start = token.range().start();
        String text = token.text();
        SourcePos a = advance(start, text, 0, from);
        SourcePos b = advance(a, text, from, to);
        return new SourceRange(token.range().filename(), a, b);
    }

    private static SourcePos advance(SourcePos pos, String text, int from, int to) {
        String part = text.substring(from, to);
        int columns = part.codePointCount(0, part.length());
        int bytes = part.getBytes(StandardCharsets.UTF_8).length;
        return new SourcePos(pos.line(), pos.column() + columns, pos.byteOffset() + bytes);
    }
}
