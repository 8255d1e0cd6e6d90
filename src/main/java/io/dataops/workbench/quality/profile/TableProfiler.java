package io.dataops.workbench.quality.profile;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.sql.Dialect;
import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Profiles one relation inside its engine (pushdown): the schema, ONE aggregate query for all single-pass
 * statistics, then only what needs another pass — quantiles where the engine has no aggregate for them,
 * one histogram query, top values per column, duplicate rows, and a few sample rows. Checks for cancel
 * between queries (and the runner cancels the running one), and reports progress per query.
 */
public final class TableProfiler {

    private final Clock clock;

    public TableProfiler() {
        this(Clock.systemUTC());
    }

    public TableProfiler(Clock clock) {
        this.clock = clock;
    }

    public TableProfile profile(QueryRunner runner, Dialect dialect, Relation whole, ProfileOptions options) {
        TaskContext context = runner.context();
        Instant started = clock.instant().truncatedTo(ChronoUnit.MILLIS); // As precise as the workspace stores it.
        Relation relation = options.sampleRows().isPresent()
                ? whole.sampled(dialect, options.sampleRows().getAsLong()) : whole;
        context.message("Reading the columns of " + whole.label());
        List<ColumnSchema> schema = SchemaReader.read(runner, relation);
        Progress progress = new Progress(context, 5 + schema.size());
        progress.step("Computing statistics of " + schema.size() + " columns");
        AggregateQuery.Result aggregates = new AggregateQuery(dialect, options.approximate())
                .run(runner, relation, schema);
        long rows = aggregates.rowCount();

        Map<String, List<Double>> fallbackQuantiles = new HashMap<>();
        List<HistogramQuery.Target> histogramTargets = new ArrayList<>();
        for (ColumnSchema column : schema) {
            ColumnAggregates a = aggregates.columns().get(column.name());
            if (column.kind() == ColumnKind.NUMERIC && a.nonNull() > 0 && a.quantiles().isEmpty()) {
                progress.message("Quantiles of " + column.name());
                fallbackQuantiles.put(column.name(), QuantileFallbackQuery.run(runner, dialect, relation,
                        column.name(), a.nonNull(), AggregateQuery.QUANTILES));
            }
            if (a.low() != null && a.high() != null && HistogramQuery.needsQuery(a.low(), a.high())) {
                histogramTargets.add(new HistogramQuery.Target(column, a.low(), a.high()));
            }
        }
        progress.step("Computing histograms");
        List<HistogramQuery.Candidates> candidates = schema.stream()
                .filter(c -> aggregates.topCandidates().containsKey(c.name()))
                .map(c -> new HistogramQuery.Candidates(c, aggregates.topCandidates().get(c.name()))).toList();
        HistogramQuery.Result secondPass = new HistogramQuery(dialect, ProfileOptions.HISTOGRAM_BINS)
                .run(runner, relation, histogramTargets, candidates);
        Map<String, List<HistogramBin>> histograms = secondPass.histograms();

        Map<String, List<ValueCount>> topValues = new HashMap<>(secondPass.topValues());
        for (ColumnSchema column : schema) {
            ColumnAggregates a = aggregates.columns().get(column.name());
            progress.step("Most common values of " + column.name());
            if (!topValues.containsKey(column.name()) && needsTopValues(column, a)) {
                topValues.put(column.name(), TopValuesQuery.run(runner, dialect, relation, column.name(),
                        ProfileOptions.TOP_VALUES));
            }
        }
        progress.step("Counting duplicate rows");
        OptionalLong duplicates = rows == 0 ? OptionalLong.of(0)
                : aggregates.distinctRows() != null ? OptionalLong.of(rows - aggregates.distinctRows())
                : DuplicateRowsQuery.run(runner, dialect, relation, schema);
        progress.step("Reading sample values");
        Map<String, List<String>> samples = SampleValuesQuery.run(runner, relation, schema,
                ProfileOptions.SAMPLE_VALUES);
        progress.step("Done");

        List<ColumnProfile> columns = new ArrayList<>();
        for (ColumnSchema column : schema) {
            ColumnAggregates a = aggregates.columns().get(column.name());
            List<Double> quantiles = fallbackQuantiles.getOrDefault(column.name(), a.quantiles());
            List<HistogramBin> histogram = histograms.getOrDefault(column.name(), defaultHistogram(a));
            columns.add(ColumnAssembly.column(column, rows, a, quantiles, histogram,
                    topValues.getOrDefault(column.name(), List.of()), samples.getOrDefault(column.name(), List.of())));
        }
        return new TableProfile(whole.label(), started, rows, duplicates, newestTimestamp(schema, aggregates),
                options.sampleRows(), false, schema, columns);
    }

    /** Every value distinct: the "most common" would be arbitrary rows with count 1, so skip the pass. */
    private static boolean needsTopValues(ColumnSchema column, ColumnAggregates a) {
        if (!column.kind().groupable() || a.nonNull() == 0) {
            return false;
        }
        return a.distinctApproximate() || a.distinct() == null || a.distinct() < a.nonNull();
    }

    private static List<HistogramBin> defaultHistogram(ColumnAggregates a) {
        if (a.low() != null && a.nonNull() > 0 && a.low().equals(a.high())) {
            return HistogramQuery.singleBin(a.low(), a.nonNull());
        }
        return List.of();
    }

    private static Optional<String> newestTimestamp(List<ColumnSchema> schema, AggregateQuery.Result aggregates) {
        return schema.stream()
                .filter(c -> c.kind() == ColumnKind.TEMPORAL)
                .map(c -> aggregates.columns().get(c.name()))
                .filter(a -> a.high() != null && a.max() != null)
                .max(Comparator.comparingDouble(ColumnAggregates::high))
                .map(ColumnAggregates::max);
    }

    /** Progress in queries done out of an estimate of the queries to run. */
    private static final class Progress {
        private final TaskContext context;
        private final long total;
        private long done;

        Progress(TaskContext context, long total) {
            this.context = context;
            this.total = total;
        }

        void step(String message) {
            context.checkCancelled();
            context.progress(++done, total);
            context.message(message);
        }

        void message(String message) {
            context.checkCancelled();
            context.message(message);
        }
    }
}
