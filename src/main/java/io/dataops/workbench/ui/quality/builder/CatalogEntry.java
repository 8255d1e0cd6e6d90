package io.dataops.workbench.ui.quality.builder;

import java.util.List;
import java.util.Locale;

/** One expectation type of the catalog: its name, a short description and the kwargs it takes. */
public record CatalogEntry(String type, String description, List<String> kwargs) {

    public CatalogEntry {
        kwargs = List.copyOf(kwargs);
    }

    /** Every word of the query appears in the type, the description or a kwarg (any case). */
    public boolean matches(String query) {
        String haystack = (type.replace('_', ' ') + " " + description + " " + String.join(" ", kwargs))
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).replace('_', ' ').trim().split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
