package io.dataops.workbench.terraform.editing;

import io.dataops.workbench.common.UserFacingException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** What the user searches for: plain text or a regular expression, with or without case. */
public record SearchQuery(String text, boolean regex, boolean matchCase) {

    public static SearchQuery plain(String text) {
        return new SearchQuery(text, false, false);
    }

    public static SearchQuery regex(String text) {
        return new SearchQuery(text, true, true);
    }

    /** The query as a pattern; a broken regex is the user's input, so it becomes a readable message. */
    public Pattern pattern() {
        int flags = Pattern.MULTILINE | (matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        try {
            return Pattern.compile(regex ? text : Pattern.quote(text), flags);
        } catch (PatternSyntaxException e) {
            throw new UserFacingException("The regular expression is not valid: " + e.getDescription()
                    + " near position " + e.getIndex() + ".", e);
        }
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
