package io.dataops.workbench.quality.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one column of {@link ProfileJson}'s output back into a {@link ColumnProfile}. */
final class ProfileJsonReader {

    private ProfileJsonReader() {
    }

    static ColumnProfile column(JsonNode c, ColumnKind kind) {
        Optional<NumericStats> numeric = Optional.empty();
        if (c.has("mean")) {
            Map<String, Double> quantiles = new LinkedHashMap<>();
            c.path("quantiles").fields().forEachRemaining(e -> quantiles.put(e.getKey(), e.getValue().asDouble()));
            numeric = Optional.of(new NumericStats(c.get("sum").asDouble(), c.get("mean").asDouble(),
                    Optional.ofNullable(c.get("stddev")).map(JsonNode::asDouble), quantiles,
                    c.path("zeros").asLong(), c.path("negatives").asLong()));
        }
        Optional<TextStats> text = Optional.empty();
        if (c.has("min_length")) {
            text = Optional.of(new TextStats(c.get("min_length").asLong(), c.get("mean_length").asDouble(),
                    c.get("max_length").asLong(), c.path("empty_strings").asLong()));
        }
        List<HistogramBin> histogram = new ArrayList<>();
        c.path("histogram").forEach(b -> histogram.add(new HistogramBin(bound(b.get("low"), kind),
                bound(b.get("high"), kind), b.get("count").asLong())));
        List<ValueCount> top = new ArrayList<>();
        c.path("top_values").forEach(v -> top.add(new ValueCount(v.get("value").asText(), v.get("count").asLong())));
        List<String> samples = new ArrayList<>();
        c.path("sample_values").forEach(v -> samples.add(v.asText()));
        return new ColumnProfile(c.get("name").asText(), c.get("declared_type").asText(), kind,
                SemanticType.valueOf(c.get("semantic_type").asText().toUpperCase()), c.get("row_count").asLong(),
                c.get("null_count").asLong(), ProfileJson.optionalLong(c, "distinct_count"),
                c.path("distinct_is_approximate").asBoolean(false), text(c, "min"), text(c, "max"), numeric, text,
                histogram, top, samples);
    }

    private static Optional<String> text(JsonNode c, String field) {
        JsonNode value = c.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.isNumber() ? value.decimalValue().toPlainString() : value.asText());
    }

    private static double bound(JsonNode value, ColumnKind kind) {
        if (kind == ColumnKind.TEMPORAL && value.isTextual()) {
            return Instant.parse(value.asText()).toEpochMilli() / 1000.0;
        }
        return value.asDouble();
    }
}
