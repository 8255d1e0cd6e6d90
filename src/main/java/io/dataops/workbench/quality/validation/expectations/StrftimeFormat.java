package io.dataops.workbench.quality.validation.expectations;

import io.dataops.workbench.quality.validation.InvalidExpectationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's datetime.strptime as a Java test: each directive becomes the regular expression Python's
 * _strptime uses for it, the whole value must match, and year/month/day must form a real date.
 * A directive strptime does not know makes the format unusable, as in GX.
 */
final class StrftimeFormat {

    private static final Map<Character, String> DIRECTIVES = Map.ofEntries(
            Map.entry('Y', "(?<Y>\\d\\d\\d\\d)"), Map.entry('y', "(?<y>\\d\\d)"),
            Map.entry('m', "(?<m>1[0-2]|0[1-9]|[1-9])"), Map.entry('d', "(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])"),
            Map.entry('H', "(?:2[0-3]|[0-1]\\d|\\d)"), Map.entry('I', "(?:1[0-2]|0[1-9]|[1-9])"),
            Map.entry('M', "(?:[0-5]\\d|\\d)"), Map.entry('S', "(?:6[0-1]|[0-5]\\d|\\d)"),
            Map.entry('f', "(?:[0-9]{1,6})"), Map.entry('j', "(?:36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])"),
            Map.entry('p', "(?i:am|pm)"), Map.entry('z', "(?:[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d)?|(?-i:Z))?"),
            Map.entry('b', "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
            Map.entry('B', "(?i:january|february|march|april|may|june|july|august|september|october|november|december)"),
            Map.entry('a', "(?i:mon|tue|wed|thu|fri|sat|sun)"),
            Map.entry('A', "(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"),
            Map.entry('Z', "(?i:utc|gmt|[a-z]{3,4})?"), Map.entry('%', "%"),
            Map.entry('U', "(?:5[0-3]|[0-4]\\d|\\d)"), Map.entry('W', "(?:5[0-3]|[0-4]\\d|\\d)"),
            Map.entry('w', "[0-6]"));

    private final Pattern pattern;
    private final List<Character> used;

    private StrftimeFormat(Pattern pattern, List<Character> used) {
        this.pattern = pattern;
        this.used = used;
    }

    static StrftimeFormat compile(String format) {
        StringBuilder regex = new StringBuilder();
        List<Character> used = new ArrayList<>();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%') {
                if (i + 1 >= format.length() || !DIRECTIVES.containsKey(format.charAt(i + 1))) {
                    throw new InvalidExpectationException("Unable to use provided strftime_format. '"
                            + (i + 1 < format.length() ? format.charAt(i + 1) : "%") + "' is a bad directive in format '"
                            + format + "'");
                }
                char directive = format.charAt(++i);
                if ("Ymdy".indexOf(directive) >= 0 && used.contains(directive)) {
                    regex.append(DIRECTIVES.get(directive).replaceFirst("\\?<[A-Za-z]>", "?:"));
                } else {
                    regex.append(DIRECTIVES.get(directive));
                }
                used.add(directive);
            } else if (Character.isWhitespace(c)) {
                regex.append("\\s+");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new StrftimeFormat(Pattern.compile(regex.toString()), used);
    }

    boolean matches(String value) {
        Matcher matcher = pattern.matcher(value);
        if (!matcher.matches()) {
            return false;
        }
        int year = used.contains('Y') ? Integer.parseInt(matcher.group("Y"))
                : used.contains('y') ? 2000 + Integer.parseInt(matcher.group("y")) : 1900;
        int month = used.contains('m') ? Integer.parseInt(matcher.group("m")) : 1;
        int day = used.contains('d') ? Integer.parseInt(matcher.group("d").strip()) : 1;
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
