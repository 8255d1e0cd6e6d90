package io.dataops.workbench.quality.source;

import java.util.List;

/** What to profile in a source: a whole file source, a table or view, or an SQL query. */
public sealed interface AssetRef {

    /** All rows of a file source (the files behind it, as one table). */
    record WholeFile() implements AssetRef {
    }

    /** A table or view, its name as the user wrote it ("payment", "samples.payment"); matched case-insensitively. */
    record Table(String name) implements AssetRef {
    }

    /** A SELECT; in a file source the files are the table {@code source}. */
    record Query(String sql) implements AssetRef {
    }

    static AssetRef wholeFile() {
        return new WholeFile();
    }

    static AssetRef table(String name) {
        return new Table(name);
    }

    static AssetRef query(String sql) {
        return new Query(sql);
    }

    /** A short text for lists and stored profiles: the table name, "query: SELECT ...", or "file". */
    default String describe() {
        if (this instanceof Table table) {
            return table.name();
        }
        if (this instanceof Query query) {
            return "query: " + query.sql().strip();
        }
        return "file";
    }

    /** Splits "schema.table" (double-quoted parts may hold dots). */
    static List<String> splitQualified(String name) {
        List<String> parts = new java.util.ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < name.length() && name.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
