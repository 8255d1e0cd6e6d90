package io.dataops.workbench.hcl.json;

/** Decoding of JSON string escapes. */
final class JsonEscapes {

    interface ErrorSink {
        void report(int at, int length);
    }

    private JsonEscapes() {
    }

    /** Decodes the escape at {@code at} (a backslash) into {@code out}; returns how many chars it used. */
    static int decode(String text, int at, StringBuilder out, ErrorSink errors) {
        char selector = text.charAt(at + 1);
        switch (selector) {
            case '"', '\\', '/' -> out.append(selector);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                int end = at + 2;
                while (end < text.length() && end < at + 6 && Character.digit(text.charAt(end), 16) >= 0) {
                    end++;
                }
                if (end - at != 6) {
                    errors.report(at, end - at);
                    return end - at;
                }
                out.append((char) Integer.parseInt(text.substring(at + 2, end), 16));
                return 6;
            }
            default -> {
                errors.report(at, 2);
                out.append(selector);
            }
        }
        return 2;
    }
}
