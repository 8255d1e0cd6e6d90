package io.dataops.workbench.quality.source;

import java.util.Locale;
import java.util.Optional;

/** The file formats DuckDB reads for us. TSV is CSV with a tab; JSONL holds one JSON object per line. */
public enum FileFormat {
    CSV, TSV, PARQUET, JSON, JSONL;

    /** From the file name or glob, looking through a compression suffix (data.csv.gz is CSV). */
    public static Optional<FileFormat> fromName(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|zst)$", "");
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".tsv") || lower.endsWith(".tab")) {
            return Optional.of(TSV);
        }
        if (lower.endsWith(".parquet") || lower.endsWith(".pq")) {
            return Optional.of(PARQUET);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    public static FileFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown file format '" + text + "'; use csv, tsv, parquet, json or jsonl.");
        }
    }

    public boolean isDelimitedText() {
        return this == CSV || this == TSV;
    }
}
