package io.dataops.workbench.hcl;

import java.util.List;
import java.util.Optional;

/**
 * "Did you mean ...?" as hclsyntax's nameSuggestion: the first candidate within edit distance 2 of a
 * misspelt keyword, variable, function or attribute name. Shared by the parser and the evaluator.
 */
public final class NameSuggestion {

    private NameSuggestion() {
    }

    public static Optional<String> suggest(String given, List<String> candidates) {
        for (String candidate : candidates) {
            if (distance(given, candidate) < 3) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int distance(String a, String b) {
        // Far-apart lengths cannot be within distance 2; very long names would cost quadratic time.
        if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
