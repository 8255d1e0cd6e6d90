package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.source.CsvOptions;
import java.util.List;
import java.util.Optional;

/**
 * The CSV reading choices as the form shows them ("Detect", "Tab", "Yes") and back. "Detect" leaves the
 * option unset, so the core detects it; anything else overrides detection.
 */
public final class CsvChoices {

    public static final String DETECT = "Detect";
    public static final List<String> DELIMITERS = List.of(DETECT, ",", ";", "Tab", "|");
    public static final List<String> HEADERS = List.of(DETECT, "Yes", "No");
    public static final List<String> QUOTES = List.of(DETECT, "\"", "'");
    public static final List<String> ENCODINGS = List.of(DETECT, "utf-8", "utf-16", "latin-1");

    private CsvChoices() {
    }

    public static CsvOptions toOptions(String delimiter, String header, String quote, String encoding) {
        CsvOptions options = CsvOptions.detect();
        Optional<Character> d = character(delimiter);
        if (d.isPresent()) {
            options = options.withDelimiter(d.get());
        }
        if (isSet(header)) {
            options = options.withHeader(header.equals("Yes"));
        }
        Optional<Character> q = character(quote);
        if (q.isPresent()) {
            options = options.withQuote(q.get());
        }
        return isSet(encoding) ? options.withEncoding(encoding) : options;
    }

    public static String delimiter(Optional<Character> value) {
        return value.map(c -> c == '\t' ? "Tab" : String.valueOf(c)).orElse(DETECT);
    }

    public static String header(Optional<Boolean> value) {
        return value.map(h -> h ? "Yes" : "No").orElse(DETECT);
    }

    public static String quote(Optional<Character> value) {
        return value.map(String::valueOf).orElse(DETECT);
    }

    public static String encoding(Optional<String> value) {
        return value.orElse(DETECT);
    }

    /** "delimiter ';', encoding utf-8" for what detection found; header and quote are DuckDB's to sniff. */
    public static String describeDetected(CsvOptions detected) {
        String delimiter = detected.delimiter().map(c -> c == '\t' ? "tab" : "'" + c + "'").orElse("not clear");
        String encoding = detected.encoding().orElse("utf-8 (no byte-order mark)");
        String header = detected.header().map(h -> h ? "yes" : "no").orElse("detected on read");
        return "Detected: delimiter " + delimiter + ", encoding " + encoding + ", header " + header + ".";
    }

    private static Optional<Character> character(String choice) {
        if (!isSet(choice)) {
            return Optional.empty();
        }
        return Optional.of(choice.equals("Tab") ? '\t' : choice.charAt(0));
    }

    private static boolean isSet(String choice) {
        return choice != null && !choice.isEmpty() && !choice.equals(DETECT);
    }
}
