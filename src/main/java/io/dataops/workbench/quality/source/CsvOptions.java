package io.dataops.workbench.quality.source;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How to read a CSV/TSV file. An empty field means "detect it"; a set field overrides detection.
 * Encodings are those DuckDB reads without extensions: utf-8, utf-16 and latin-1.
 */
public record CsvOptions(Optional<Character> delimiter, Optional<Boolean> header, Optional<Character> quote,
                         Optional<String> encoding) {

    public static final Set<String> ENCODINGS = Set.of("utf-8", "utf-16", "latin-1");

    public CsvOptions {
        encoding = encoding.map(CsvOptions::normalizeEncoding);
    }

    public static CsvOptions detect() {
        return new CsvOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CsvOptions withDelimiter(char value) {
        return new CsvOptions(Optional.of(value), header, quote, encoding);
    }

    public CsvOptions withHeader(boolean value) {
        return new CsvOptions(delimiter, Optional.of(value), quote, encoding);
    }

    public CsvOptions withQuote(char value) {
        return new CsvOptions(delimiter, header, Optional.of(value), encoding);
    }

    public CsvOptions withEncoding(String value) {
        return new CsvOptions(delimiter, header, quote, Optional.of(value));
    }

    /** This, with every unset field taken from {@code detected}. */
    public CsvOptions orElse(CsvOptions detected) {
        return new CsvOptions(delimiter.or(detected::delimiter), header.or(detected::header),
                quote.or(detected::quote), encoding.or(detected::encoding));
    }

    private static String normalizeEncoding(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        String name = switch (lower) {
            case "utf8" -> "utf-8";
            case "utf16", "utf-16le", "utf-16be" -> "utf-16";
            case "latin1", "iso-8859-1", "iso8859-1", "cp1252", "windows-1252" -> "latin-1";
            default -> lower;
        };
        if (!ENCODINGS.contains(name)) {
            throw new IllegalArgumentException("Unsupported encoding '" + text + "'; use utf-8, utf-16 or latin-1.");
        }
        return name;
    }
}
