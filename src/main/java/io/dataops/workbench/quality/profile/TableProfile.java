package io.dataops.workbench.quality.profile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The profile of one asset at one time. {@code sampleRows} is set when only a sample was profiled;
 * {@code newestTimestamp} is the latest value over the date/time columns (freshness); {@code masked}
 * says that sample values, top values and text min/max were replaced for sensitive data.
 */
public record TableProfile(
        String asset,
        Instant profiledAt,
        long rowCount,
        OptionalLong duplicateRows,
        Optional<String> newestTimestamp,
        OptionalLong sampleRows,
        boolean masked,
        List<ColumnSchema> schema,
        List<ColumnProfile> columns) {

    public TableProfile {
        schema = List.copyOf(schema);
        columns = List.copyOf(columns);
    }

    public int columnCount() {
        return schema.size();
    }

    public Optional<ColumnProfile> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
