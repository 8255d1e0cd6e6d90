package io.dataops.workbench.hcl.lexer;

/** Character classes of hclsyntax's scanner, over Java strings (code points). */
final class CharClasses {
    private CharClasses() {
    }

    /** hclsyntax: {@code Ident = (ID_Start | '_') (ID_Continue | '-')*}. */
    static boolean isIdentStart(int cp) {
        return cp == '_' || (Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    static boolean isIdentPart(int cp) {
        // Java's isUnicodeIdentifierPart also admits "ignorable" controls and format characters,
        // which are not in Unicode's ID_Continue.
        return cp == '-' || (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A UTF-16 surrogate without its partner: the only "broken UTF-8" a Java string can hold. */
    static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }

    /** Go's unicode.IsSpace, which hclsyntax uses (bytes.TrimSpace) to recognise a heredoc's closing marker. */
    static boolean isGoSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            default -> cp > 0xFF && Character.isSpaceChar(cp);
        };
    }

    /** {@code s} without leading and trailing {@link #isGoSpace} characters. */
    static String trimGoSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isGoSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isGoSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }
}
