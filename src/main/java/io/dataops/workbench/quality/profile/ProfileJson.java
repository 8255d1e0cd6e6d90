package io.dataops.workbench.quality.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The profile as JSON, snake_case throughout: the CLI's output, exports, and the form stored in the
 * workspace. Fields that do not apply to a column are absent. Written by hand (not by annotations) so the
 * names stay exactly as documented whatever the records are called; {@link #read} reverses it.
 */
public final class ProfileJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProfileJson() {
    }

    public static String write(TableProfile profile, boolean pretty) {
        try {
            ObjectNode root = toNode(profile);
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    : MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toNode(TableProfile p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("asset", p.asset());
        root.put("profiled_at", p.profiledAt().toString());
        root.put("row_count", p.rowCount());
        root.put("column_count", p.columnCount());
        if (p.duplicateRows().isPresent()) {
            root.put("duplicate_rows", p.duplicateRows().getAsLong());
        }
        p.newestTimestamp().ifPresent(t -> root.put("newest_timestamp", t));
        if (p.sampleRows().isPresent()) {
            root.put("sample_rows", p.sampleRows().getAsLong());
        }
        root.put("masked", p.masked());
        ArrayNode schema = root.putArray("schema");
        p.schema().forEach(c -> schema.addObject().put("position", c.position()).put("name", c.name())
                .put("declared_type", c.declaredType()).put("kind", kindName(c.kind())));
        ArrayNode columns = root.putArray("columns");
        p.columns().forEach(c -> columns.add(column(c)));
        return root;
    }

    private static ObjectNode column(ColumnProfile c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", c.name()).put("declared_type", c.declaredType()).put("kind", kindName(c.kind()))
                .put("semantic_type", c.semanticType().jsonName()).put("row_count", c.rowCount())
                .put("null_count", c.nullCount()).put("null_ratio", c.nullRatio());
        if (c.distinctCount().isPresent()) {
            n.put("distinct_count", c.distinctCount().getAsLong());
            n.put("distinct_is_approximate", c.distinctIsApproximate());
        }
        c.uniqueRatio().ifPresent(r -> n.put("unique_ratio", r));
        c.min().ifPresent(v -> putValue(n, "min", v, c.kind()));
        c.max().ifPresent(v -> putValue(n, "max", v, c.kind()));
        c.numeric().ifPresent(s -> {
            n.put("mean", s.mean());
            s.stddev().ifPresent(d -> n.put("stddev", d));
            n.put("sum", s.sum());
            if (!s.quantiles().isEmpty()) {
                ObjectNode q = n.putObject("quantiles");
                s.quantiles().forEach(q::put);
            }
            n.put("zeros", s.zeros()).put("negatives", s.negatives());
        });
        c.text().ifPresent(t -> n.put("min_length", t.minLength()).put("mean_length", t.meanLength())
                .put("max_length", t.maxLength()).put("empty_strings", t.emptyStrings()));
        if (!c.histogram().isEmpty()) {
            ArrayNode bins = n.putArray("histogram");
            for (HistogramBin bin : c.histogram()) {
                ObjectNode b = bins.addObject();
                if (c.kind() == ColumnKind.TEMPORAL) {
                    b.put("low", epochText(bin.low())).put("high", epochText(bin.high()));
                } else {
                    b.put("low", bin.low()).put("high", bin.high());
                }
                b.put("count", bin.count());
            }
        }
        ArrayNode top = n.putArray("top_values");
        c.topValues().forEach(v -> top.addObject().put("value", v.value()).put("count", v.count()));
        ArrayNode samples = n.putArray("sample_values");
        c.sampleValues().forEach(samples::add);
        return n;
    }

    /** Numbers stay numbers in JSON; anything that does not parse as one (NaN, dates, text) is a string. */
    private static void putValue(ObjectNode node, String field, String value, ColumnKind kind) {
        if (kind == ColumnKind.NUMERIC) {
            try {
                node.put(field, new BigDecimal(value));
                return;
            } catch (NumberFormatException e) {
                // Falls through to text.
            }
        }
        node.put(field, value);
    }

    private static String epochText(double seconds) {
        return Instant.ofEpochMilli(Math.round(seconds * 1000)).toString();
    }

    private static String kindName(ColumnKind kind) {
        return kind.name().toLowerCase();
    }

    public static TableProfile read(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            List<ColumnSchema> schema = new ArrayList<>();
            root.get("schema").forEach(c -> schema.add(new ColumnSchema(c.get("position").asInt(),
                    c.get("name").asText(), c.get("declared_type").asText(), kind(c))));
            List<ColumnProfile> columns = new ArrayList<>();
            root.get("columns").forEach(c -> columns.add(ProfileJsonReader.column(c, kind(c))));
            return new TableProfile(root.get("asset").asText(), Instant.parse(root.get("profiled_at").asText()),
                    root.get("row_count").asLong(), optionalLong(root, "duplicate_rows"),
                    Optional.ofNullable(root.get("newest_timestamp")).map(JsonNode::asText),
                    optionalLong(root, "sample_rows"), root.path("masked").asBoolean(false), schema, columns);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("Not a stored profile: " + e.getMessage(), e);
        }
    }

    private static ColumnKind kind(JsonNode node) {
        return ColumnKind.valueOf(node.get("kind").asText().toUpperCase());
    }

    static OptionalLong optionalLong(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? OptionalLong.empty() : OptionalLong.of(value.asLong());
    }
}
