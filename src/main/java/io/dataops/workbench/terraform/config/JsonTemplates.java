package io.dataops.workbench.terraform.config;

/**
 * Writes a JSON-syntax template string as the body of a native quoted string: literal text is escaped,
 * the insides of {@code ${...}} and {@code %{...}} are kept as written (they are expressions).
 */
final class JsonTemplates {

    private JsonTemplates() {
    }

    static String quote(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            boolean opens = i + 1 < template.length() && template.charAt(i + 1) == '{'
                    && (template.charAt(i) == '$' || template.charAt(i) == '%');
            boolean escapedOpen = opens && i > 0 && template.charAt(i - 1) == template.charAt(i);
            if (opens && !escapedOpen) {
                int end = closing(template, i + 2);
                out.append(template, i, end);
                i = end;
            } else {
                out.append(JsonConfigConverter.escape(String.valueOf(template.charAt(i)), false));
                i++;
            }
        }
        return out.toString();
    }

    /** The index after the brace closing a sequence whose content starts at {@code from}. */
    private static int closing(String text, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }
}
