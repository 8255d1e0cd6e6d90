package io.dataops.workbench.quality.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.store.ConnectionOpener;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * Stored validation runs read for people: the series (suite x source x asset), a series' trend, pages of runs
 * and the detail of one run, values masked while the sensitive-data setting is on (asked on every read, so a
 * change in Settings applies at once).
 */
public final class ValidationHistory {

    private static final String SUMMARY_COLUMNS =
            "id, suite_name, source_name, batch_label, run_at, success, evaluated, successful";

    private final ConnectionOpener connections;
    private final BooleanSupplier mask;

    /** @param mask the sensitive-data setting, e.g. {@code settings::maskValues} of QualitySettings */
    public ValidationHistory(ConnectionOpener connections, BooleanSupplier mask) {
        this.connections = connections;
        this.mask = mask;
    }

    public boolean masking() {
        return mask.getAsBoolean();
    }

    /** Every series with at least one run, sorted by suite, asset and source. */
    public List<HistoryKey> series() {
        LinkedHashSet<HistoryKey> keys = new LinkedHashSet<>();
        query("SELECT DISTINCT suite_name, source_name, batch_label FROM quality_validation_result"
                + " ORDER BY suite_name, source_name, batch_label", List.of(), rows -> {
            while (rows.next()) {
                keys.add(new HistoryKey(rows.getString(1), rows.getString(2), HistoryKey.assetOf(rows.getString(3))));
            }
            return null;
        });
        return keys.stream().sorted(java.util.Comparator.comparing(HistoryKey::suiteName)
                .thenComparing(HistoryKey::asset).thenComparing(HistoryKey::sourceName)).toList();
    }

    /** How many runs are stored. */
    public long count() {
        return query("SELECT COUNT(*) FROM quality_validation_result", List.of(), rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    /** A page of runs, newest first (by id: the order they were stored). */
    public List<RunSummary> page(int offset, int limit) {
        return summaries("SELECT " + SUMMARY_COLUMNS + " FROM quality_validation_result ORDER BY id DESC"
                + " LIMIT ? OFFSET ?", List.of(limit, offset));
    }

    /** A page of runs, oldest first: fixed blocks of an ever-growing list (data docs' archive pages). */
    public List<RunSummary> oldestFirst(long offset, int limit) {
        return summaries("SELECT " + SUMMARY_COLUMNS + " FROM quality_validation_result ORDER BY id"
                + " LIMIT ? OFFSET ?", List.of(limit, offset));
    }

    /** Up to {@code limit} runs stored after {@code id} with their outcomes, oldest first, in one query. */
    public List<RunDetail> detailsAfter(long id, int limit) {
        boolean masked = masking();
        return query("SELECT " + SUMMARY_COLUMNS + ", result_json FROM quality_validation_result WHERE id > ?"
                + " ORDER BY id LIMIT ?", List.of(id, limit), rows -> {
            List<RunDetail> details = new ArrayList<>();
            while (rows.next()) {
                RunSummary run = summary(rows);
                details.add(new RunDetail(run, outcomes(rows.getString(9), masked), masked));
            }
            return details;
        });
    }

    /** Runs stored after {@code id}, oldest first: what an incremental data-docs build renders. */
    public List<RunSummary> after(long id) {
        return summaries("SELECT " + SUMMARY_COLUMNS + " FROM quality_validation_result WHERE id > ? ORDER BY id",
                List.of(id));
    }

    /** Runs whose id lies in [fromId, toId], oldest first. */
    public List<RunSummary> between(long fromId, long toId) {
        return summaries("SELECT " + SUMMARY_COLUMNS + " FROM quality_validation_result WHERE id BETWEEN ? AND ?"
                + " ORDER BY id", List.of(fromId, toId));
    }

    /** The runs of one series, oldest first. */
    public List<RunSummary> runs(HistoryKey key) {
        return summaries("SELECT " + SUMMARY_COLUMNS + " FROM quality_validation_result WHERE " + SERIES
                + " ORDER BY id", seriesParameters(key));
    }

    /** How many runs a series has. */
    public long count(HistoryKey key) {
        return query("SELECT COUNT(*) FROM quality_validation_result WHERE " + SERIES, seriesParameters(key), rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    /**
     * The last {@code limit} runs of a series, oldest first, with unexpected counts summed from each run's JSON;
     * one query however many runs.
     */
    public List<TrendPoint> trend(HistoryKey key, int limit) {
        List<Object> parameters = new ArrayList<>(seriesParameters(key));
        parameters.add(limit);
        List<TrendPoint> points = query("SELECT " + SUMMARY_COLUMNS + ", result_json FROM quality_validation_result"
                + " WHERE " + SERIES + " ORDER BY id DESC LIMIT ?", parameters, rows -> {
            List<TrendPoint> newestFirst = new ArrayList<>();
            while (rows.next()) {
                RunSummary run = summary(rows);
                long unexpected = outcomes(rows.getString(9), false).stream()
                        .mapToLong(o -> o.unexpectedCount().orElse(0)).sum();
                newestFirst.add(new TrendPoint(run.id(), run.runAt(), run.success(), run.successRatio(),
                        run.evaluated(), run.successful(), unexpected, run.batchLabel()));
            }
            return newestFirst;
        });
        java.util.Collections.reverse(points);
        return points;
    }

    // A series' batch labels are its asset alone or followed by a batch (" [...]") or sample (" (sample of ...")
    // suffix, as HistoryKey.assetOf reads them.
    private static final String SERIES = "suite_name = ? AND source_name = ? AND (batch_label = ?"
            + " OR batch_label LIKE ? ESCAPE '!' OR batch_label LIKE ? ESCAPE '!')";

    private static List<Object> seriesParameters(HistoryKey key) {
        String escaped = key.asset().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return List.of(key.suiteName(), key.sourceName(), key.asset(), escaped + " [%", escaped + " (sample of %");
    }

    public Optional<RunDetail> detail(long id) {
        List<RunSummary> found = summaries("SELECT " + SUMMARY_COLUMNS + " FROM quality_validation_result WHERE id = ?",
                List.of(id));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        boolean masked = masking();
        return Optional.of(new RunDetail(found.get(0), outcomes(json(id), masked), masked));
    }

    private String json(long id) {
        return query("SELECT result_json FROM quality_validation_result WHERE id = ?", List.of(id), rows -> {
            if (!rows.next()) {
                throw new UserFacingException("There is no stored validation result " + id + ".");
            }
            return rows.getString(1);
        });
    }

    @SuppressWarnings("unchecked")
    static List<ExpectationOutcome> outcomes(String json, boolean masked) {
        Map<String, Object> root;
        try {
            root = SuiteJson.mapper().readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new UserFacingException("A stored validation result is not valid JSON: " + e.getOriginalMessage(), e);
        }
        List<ExpectationOutcome> outcomes = new ArrayList<>();
        if (!(root.get("results") instanceof List<?> results)) {
            return outcomes;
        }
        for (Object item : results) {
            Map<String, Object> entry = item instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            Map<String, Object> configJson = entry.get("expectation_config") instanceof Map<?, ?> c
                    ? (Map<String, Object>) c : Map.of();
            Map<String, Object> result = entry.get("result") instanceof Map<?, ?> r
                    ? new LinkedHashMap<>((Map<String, Object>) r) : new LinkedHashMap<>();
            if (masked) {
                result = ResultMasking.mask(result);
            }
            Map<String, Object> exception = entry.get("exception_info") instanceof Map<?, ?> e
                    ? (Map<String, Object>) e : Map.of();
            Optional<String> error = Boolean.TRUE.equals(exception.get("raised_exception"))
                    ? Optional.of(String.valueOf(exception.get("exception_message"))) : Optional.empty();
            outcomes.add(new ExpectationOutcome(config(configJson), Boolean.TRUE.equals(entry.get("success")), error,
                    Optional.ofNullable(result.get("observed_value")), count(result.get("element_count")),
                    count(result.get("unexpected_count")),
                    result.get("unexpected_percent") instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty(),
                    result.get("partial_unexpected_list") instanceof List<?> list ? new ArrayList<>(list) : List.of(),
                    result));
        }
        return outcomes;
    }

    @SuppressWarnings("unchecked")
    private static ExpectationConfig config(Map<String, Object> json) {
        Object type = json.containsKey("type") ? json.get("type") : json.get("expectation_type");
        Map<String, Object> kwargs = json.get("kwargs") instanceof Map<?, ?> k ? (Map<String, Object>) k : Map.of();
        Map<String, Object> meta = json.get("meta") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return new ExpectationConfig(String.valueOf(type), kwargs, meta, Optional.ofNullable(json.get("notes")),
                Optional.ofNullable(json.get("id")).map(String::valueOf));
    }

    private static OptionalLong count(Object value) {
        return value instanceof Number n ? OptionalLong.of(n.longValue()) : OptionalLong.empty();
    }

    private List<RunSummary> summaries(String sql, List<Object> parameters) {
        return query(sql, parameters, rows -> {
            List<RunSummary> runs = new ArrayList<>();
            while (rows.next()) {
                runs.add(summary(rows));
            }
            return runs;
        });
    }

    private static RunSummary summary(ResultSet rows) throws SQLException {
        return new RunSummary(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getTimestamp(5).toInstant(), rows.getBoolean(6), rows.getInt(7), rows.getInt(8));
    }

    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, List<Object> parameters, Reader<T> reader) {
        try (Connection connection = connections.open();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new UserFacingException("Could not read the validation history in the workspace: "
                    + e.getMessage(), e);
        }
    }
}
