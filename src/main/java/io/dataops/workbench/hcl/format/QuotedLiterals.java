package io.dataops.workbench.hcl.format;

import java.text.Normalizer;

/**
 * Decoding and encoding of quoted string literal text, as hclsyntax's ParseStringLiteralToken and
 * hclwrite's escapeQuotedStringLit do: Terraform's fmt passes every block label through both.
 */
final class QuotedLiterals {
    private QuotedLiterals() {
    }

    /** The string a quoted literal's raw text means, or null if it has an invalid escape. NFC-normalised. */
    static String decode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if ((c == '$' || c == '%') && raw.startsWith(c + "" + c + "{", i)) {
                out.append(c).append('{');
                i += 3;
            } else if (c != '\\') {
                out.append(c);
                i++;
            } else if (i + 1 >= raw.length()) {
                return null;
            } else {
                int consumed = escape(raw, i + 1, out);
                if (consumed < 0) {
                    return null;
                }
                i += 1 + consumed;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Appends the meaning of the escape whose letter is at {@code at}; returns chars used, or -1. */
    private static int escape(String raw, int at, StringBuilder out) {
        char letter = raw.charAt(at);
        switch (letter) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u', 'U' -> {
                int digits = letter == 'u' ? 4 : 8;
                if (at + 1 + digits > raw.length()) {
                    return -1;
                }
                String hex = raw.substring(at + 1, at + 1 + digits);
                if (!hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                    return -1;
                }
                long cp = Long.parseLong(hex, 16);
                if (cp > Character.MAX_CODE_POINT) {
                    return -1;
                }
                out.appendCodePoint((int) cp);
                return 1 + digits;
            }
            default -> {
                return -1;
            }
        }
        return 1;
    }

    /** hclwrite's escapeQuotedStringLit: the literal text (without quotes) that means {@code s}. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '$', '%' -> {
                    out.appendCodePoint(cp);
                    if (next < s.length() && s.charAt(next) == '{') {
                        out.appendCodePoint(cp); // doubled, so it does not open a template sequence
                    }
                }
                default -> {
                    if (isGoPrintable(cp)) {
                        out.appendCodePoint(cp);
                    } else if (cp < 0x10000) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.append(String.format("\\U%08x", cp));
                    }
                }
            }
            i = next;
        }
        return out.toString();
    }

    /** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    static boolean isGoPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
