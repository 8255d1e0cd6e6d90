package io.dataops.workbench.ui.quality.builder;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

/**
 * Every expectation type the engine runs, with the short documentation kept in expectation-catalog.properties.
 * A type the file does not describe still appears (with "column" as its only known kwarg) so none is hidden.
 */
public final class ExpectationCatalog {

    private final List<CatalogEntry> entries;

    private ExpectationCatalog(List<CatalogEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ExpectationCatalog of(Collection<String> types) {
        Properties docs = new Properties();
        try (InputStream in = ExpectationCatalog.class.getResourceAsStream("expectation-catalog.properties")) {
            docs.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CatalogEntry> entries = new ArrayList<>();
        for (String type : types.stream().sorted().toList()) {
            String line = docs.getProperty(type, "No description yet. | column");
            int bar = line.lastIndexOf('|');
            String description = line.substring(0, bar).strip();
            List<String> kwargs = Arrays.stream(line.substring(bar + 1).split(",")).map(String::strip)
                    .filter(k -> !k.isEmpty()).toList();
            entries.add(new CatalogEntry(type, description, kwargs));
        }
        return new ExpectationCatalog(entries);
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    public List<CatalogEntry> search(String query) {
        return entries.stream().filter(e -> query == null || e.matches(query)).toList();
    }
}
