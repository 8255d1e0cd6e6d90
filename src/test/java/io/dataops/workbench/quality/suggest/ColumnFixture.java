package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.ColumnSchema;
import io.dataops.workbench.quality.profile.HistogramBin;
import io.dataops.workbench.quality.profile.NumericStats;
import io.dataops.workbench.quality.profile.SemanticType;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.profile.TextStats;
import io.dataops.workbench.quality.profile.ValueCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Column profiles for rule tests, built field by field from a plain default. */
final class ColumnFixture {

    String name = "c";
    String declaredType = "VARCHAR";
    ColumnKind kind = ColumnKind.TEXT;
    SemanticType semantic = SemanticType.TEXT;
    long rows = 100;
    long nulls;
    Long distinct = 100L;
    boolean approximate;
    String min;
    String max;
    long negatives;
    List<HistogramBin> histogram = new ArrayList<>();
    List<ValueCount> top = new ArrayList<>();
    List<String> samples = new ArrayList<>();

    static ColumnFixture text(String name) {
        ColumnFixture f = new ColumnFixture();
        f.name = name;
        return f;
    }

    static ColumnFixture integer(String name, long min, long max) {
        ColumnFixture f = new ColumnFixture();
        f.name = name;
        f.declaredType = "INTEGER";
        f.kind = ColumnKind.NUMERIC;
        f.semantic = SemanticType.INTEGER;
        f.min = String.valueOf(min);
        f.max = String.valueOf(max);
        return f;
    }

    static ColumnFixture decimal(String name, String min, String max) {
        ColumnFixture f = integer(name, 0, 0);
        f.declaredType = "DOUBLE";
        f.semantic = SemanticType.DECIMAL;
        f.min = min;
        f.max = max;
        return f;
    }

    static ColumnFixture timestamp(String name, String min, String max) {
        ColumnFixture f = new ColumnFixture();
        f.name = name;
        f.declaredType = "TIMESTAMP";
        f.kind = ColumnKind.TEMPORAL;
        f.semantic = SemanticType.TIMESTAMP;
        f.min = min;
        f.max = max;
        return f;
    }

    ColumnFixture rows(long rowCount, long nullCount) {
        rows = rowCount;
        nulls = nullCount;
        return this;
    }

    ColumnFixture distinct(Long count) {
        distinct = count;
        return this;
    }

    ColumnFixture approximate() {
        approximate = true;
        return this;
    }

    ColumnFixture top(Object... valueCountPairs) {
        for (int i = 0; i < valueCountPairs.length; i += 2) {
            top.add(new ValueCount(String.valueOf(valueCountPairs[i]), ((Number) valueCountPairs[i + 1]).longValue()));
        }
        return this;
    }

    ColumnFixture samples(String... values) {
        samples = List.of(values);
        return this;
    }

    ColumnFixture semantic(SemanticType type) {
        semantic = type;
        return this;
    }

    ColumnFixture negatives(long count) {
        negatives = count;
        return this;
    }

    ColumnFixture bin(double low, double high, long count) {
        histogram.add(new HistogramBin(low, high, count));
        return this;
    }

    ColumnProfile build() {
        Optional<NumericStats> numeric = kind == ColumnKind.NUMERIC
                ? Optional.of(new NumericStats(0, 0, Optional.empty(), Map.of(), 0, negatives)) : Optional.empty();
        Optional<TextStats> text = kind == ColumnKind.TEXT ? Optional.of(new TextStats(1, 5, 10, 0)) : Optional.empty();
        return new ColumnProfile(name, declaredType, kind, semantic, rows, nulls,
                distinct == null ? OptionalLong.empty() : OptionalLong.of(distinct), approximate,
                Optional.ofNullable(min), Optional.ofNullable(max), numeric, text, histogram, top, samples);
    }

    static TableProfile table(long rows, ColumnProfile... columns) {
        List<ColumnSchema> schema = new ArrayList<>();
        for (ColumnProfile c : columns) {
            schema.add(new ColumnSchema(schema.size() + 1, c.name(), c.declaredType(), c.kind()));
        }
        return new TableProfile("t", Instant.parse("2024-04-01T00:00:00Z"), rows, OptionalLong.empty(), Optional.empty(),
                OptionalLong.empty(), false, schema, List.of(columns));
    }

    static TableProfile table(ColumnProfile column) {
        return table(column.rowCount(), column);
    }

    static SuggestionOptions options() {
        return SuggestionOptions.defaults().withNow(Instant.parse("2024-04-01T12:00:00Z"));
    }
}
