package io.dataops.workbench.quality.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The character-class shape of text values ("AB-1234" → upper letters, '-', digits). Values share a shape when
 * their runs of classes and their literal characters are the same; the shared shape becomes a regex whose run
 * lengths are fixed ({n}) where all values agree, else a range ({m,n}). Portable syntax only ([0-9], no \d),
 * since the regex runs in DuckDB (RE2), PostgreSQL, H2 and SQLite alike.
 */
final class ValueShape {

    private enum CharClass {
        UPPER("[A-Z]"), LOWER("[a-z]"), DIGIT("[0-9]"), LITERAL("");

        final String regex;

        CharClass(String regex) {
            this.regex = regex;
        }
    }

    private record Run(CharClass type, char literal, int length) {
    }

    private ValueShape() {
    }

    /** The regex all values match by shape, if they share one that says more than "some letters". */
    static Optional<String> common(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Run> first = runs(values.get(0));
        int[] minLength = first.stream().mapToInt(Run::length).toArray();
        int[] maxLength = minLength.clone();
        for (String value : values.subList(1, values.size())) {
            List<Run> runs = runs(value);
            if (runs.size() != first.size()) {
                return Optional.empty();
            }
            for (int i = 0; i < runs.size(); i++) {
                Run a = first.get(i);
                Run b = runs.get(i);
                if (a.type() != b.type() || a.type() == CharClass.LITERAL && a.literal() != b.literal()) {
                    return Optional.empty();
                }
                minLength[i] = Math.min(minLength[i], b.length());
                maxLength[i] = Math.max(maxLength[i], b.length());
            }
        }
        // Letters of varying length ("Anna", "Christopher") say nothing; digits, separators or fixed lengths do.
        boolean informative = first.stream().anyMatch(r -> r.type() == CharClass.DIGIT || r.type() == CharClass.LITERAL)
                || java.util.Arrays.equals(minLength, maxLength);
        if (!informative) {
            return Optional.empty();
        }
        StringBuilder regex = new StringBuilder("^");
        for (int i = 0; i < first.size(); i++) {
            Run run = first.get(i);
            String unit = run.type() == CharClass.LITERAL ? literal(run.literal()) : run.type().regex;
            regex.append(unit).append(minLength[i] == maxLength[i]
                    ? (minLength[i] == 1 ? "" : "{" + minLength[i] + "}")
                    : "{" + minLength[i] + "," + maxLength[i] + "}");
        }
        return Optional.of(regex.append('$').toString());
    }

    private static List<Run> runs(String value) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            CharClass type = c >= 'A' && c <= 'Z' ? CharClass.UPPER : c >= 'a' && c <= 'z' ? CharClass.LOWER
                    : c >= '0' && c <= '9' ? CharClass.DIGIT : CharClass.LITERAL;
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.type() == type && type != CharClass.LITERAL) {
                runs.set(runs.size() - 1, new Run(type, ' ', last.length() + 1));
            } else if (last != null && type == CharClass.LITERAL && last.type() == type && last.literal() == c) {
                runs.set(runs.size() - 1, new Run(type, c, last.length() + 1));
            } else {
                runs.add(new Run(type, type == CharClass.LITERAL ? c : ' ', 1));
            }
        }
        return runs;
    }

    private static String literal(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "[" + (c == '^' || c == '\\' || c == ']' ? "\\" + c : c) + "]";
    }
}
