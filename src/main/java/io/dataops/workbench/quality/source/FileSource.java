package io.dataops.workbench.quality.source;

/**
 * Files read through embedded DuckDB: one path or a glob ({@code logs/2024-*.csv}), its format, and for
 * CSV/TSV the reading options (detected where unset).
 */
public record FileSource(String name, String location, FileFormat format, CsvOptions csv) implements DataSource {

    /** A source for a path or glob, its format known from the name; throws for an unknown extension. */
    public static FileSource of(String location) {
        FileFormat format = FileFormat.fromName(location).orElseThrow(() -> new IllegalArgumentException(
                "Cannot tell the format of '" + location + "' from its name; expected .csv, .tsv, .parquet, .json"
                        + " or .jsonl."));
        return new FileSource(location, location, format, CsvOptions.detect());
    }

    public FileSource withCsv(CsvOptions options) {
        return new FileSource(name, location, format, options);
    }

    public FileSource withName(String newName) {
        return new FileSource(newName, location, format, csv);
    }

    public boolean isGlob() {
        return location.contains("*") || location.contains("?") || location.contains("[");
    }
}
