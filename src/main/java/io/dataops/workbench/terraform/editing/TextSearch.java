package io.dataops.workbench.terraform.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Find and replace in one text: what the editor's find bar and the project search share. */
public final class TextSearch {

    /** A regex like {@code x*} matches empty strings everywhere; a cap keeps a runaway search bounded. */
    private static final int MAX_MATCHES = 100_000;

    private TextSearch() {
    }

    public static List<TextMatch> findAll(String text, SearchQuery query) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<TextMatch> matches = new ArrayList<>();
        Matcher matcher = query.pattern().matcher(text);
        while (matcher.find() && matches.size() < MAX_MATCHES) {
            if (matcher.end() > matcher.start()) {
                matches.add(new TextMatch(matcher.start(), matcher.end()));
            }
        }
        return List.copyOf(matches);
    }

    /** The first match at or after {@code from}, wrapping around to the start. */
    public static Optional<TextMatch> next(String text, SearchQuery query, int from) {
        List<TextMatch> all = findAll(text, query);
        return all.stream().filter(m -> m.start() >= from).findFirst().or(() -> all.stream().findFirst());
    }

    /** The last match ending at or before {@code before}, wrapping around to the end. */
    public static Optional<TextMatch> previous(String text, SearchQuery query, int before) {
        List<TextMatch> all = findAll(text, query);
        Optional<TextMatch> earlier = all.stream().filter(m -> m.end() <= before).reduce((a, b) -> b);
        return earlier.or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
    }

    /**
     * The replacement for one match: with a regex, {@code $1} and friends refer to groups; plain text is
     * inserted as typed.
     */
    public static String replacementFor(String text, TextMatch match, SearchQuery query, String replacement) {
        if (!query.regex()) {
            return replacement;
        }
        Matcher matcher = query.pattern().matcher(text);
        matcher.region(match.start(), text.length());
        if (!matcher.lookingAt()) {
            return replacement;
        }
        StringBuilder out = new StringBuilder();
        matcher.appendReplacement(out, replacement);
        return out.substring(match.start());
    }

    public static String replaceAll(String text, SearchQuery query, String replacement) {
        if (query.isEmpty()) {
            return text;
        }
        String quoted = query.regex() ? replacement : Matcher.quoteReplacement(replacement);
        Pattern pattern = query.pattern();
        return pattern.matcher(text).replaceAll(quoted);
    }
}
