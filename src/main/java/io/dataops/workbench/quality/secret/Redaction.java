package io.dataops.workbench.quality.secret;

import java.util.regex.Pattern;

/**
 * Hides passwords that users put into JDBC URLs ({@code ?password=...}, {@code user:pw@host}) before a URL
 * or a driver's message reaches a log, an error, an export or the CLI's output.
 */
public final class Redaction {

    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)((?:password|passwd|pwd|secret|token)\\s*=)[^&;\\s]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)[^@/\\s]+@");

    private Redaction() {
    }

    public static String redact(String text) {
        if (text == null) {
            return "";
        }
        String hidden = PASSWORD_PARAMETER.matcher(text).replaceAll("$1***");
        return USER_INFO.matcher(hidden).replaceAll("$1***@");
    }

    /** Also hides one known secret wherever it appears (drivers sometimes echo what they were given). */
    public static String redact(String text, String secret) {
        String hidden = redact(text);
        return secret == null || secret.isEmpty() ? hidden : hidden.replace(secret, "***");
    }

    public static boolean containsPassword(String url) {
        return !redact(url).equals(url);
    }
}
