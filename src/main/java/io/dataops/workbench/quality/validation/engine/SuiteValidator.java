package io.dataops.workbench.quality.validation.engine;

import io.dataops.workbench.common.CancelledException;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.profile.ColumnSchema;
import io.dataops.workbench.quality.profile.SchemaReader;
import io.dataops.workbench.quality.sql.Dialect;
import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import io.dataops.workbench.quality.validation.ExceptionInfo;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationResult;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.InvalidExpectationException;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.ValidationResult;
import io.dataops.workbench.quality.validation.expectations.ExpectationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a suite on one batch inside its database. Expectations are grouped by row_condition; each group's
 * aggregates run as ONE query over the batch (equal expressions computed once). If that query fails, each
 * expectation's aggregates run alone so only the broken one reports an exception. Then each plan finishes,
 * fetching unexpected values only where there are some. Cancel stops the running query; progress counts
 * finished expectations.
 */
public final class SuiteValidator {

    private final ExpectationRegistry registry;
    private final Clock clock;

    public SuiteValidator(ExpectationRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public SuiteValidator() {
        this(ExpectationRegistry.standard(), Clock.systemUTC());
    }

    /**
     * @param formatOverride a result_format that replaces every expectation's own (the CLI's --result-format)
     */
    public ValidationResult validate(QueryRunner runner, Dialect dialect, Relation batch, ExpectationSuite suite,
                                     Optional<ResultFormat> formatOverride, TaskContext context) {
        Instant runAt = clock.instant();
        LocalDateTime now = LocalDateTime.ofInstant(runAt, ZoneId.systemDefault());
        List<ColumnSchema> columns = SchemaReader.read(runner, batch);
        BatchScope base = new BatchScope(runner, dialect, batch, columns, now);
        List<ExpectationConfig> expectations = suite.expectations();
        ExpectationResult[] results = new ExpectationResult[expectations.size()];
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < expectations.size(); i++) {
            groups.computeIfAbsent(expectations.get(i).rowCondition().map(RowConditions::toSql).orElse(""),
                    k -> new ArrayList<>()).add(i);
        }
        int[] done = {0};
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            BatchScope scope = group.getKey().isEmpty() ? base
                    : base.narrowed(batch.where(group.getKey(), " [" + group.getKey() + "]"));
            runGroup(scope, expectations, group.getValue(), formatOverride, results, context, done);
        }
        return new ValidationResult(suite.name(), batch.label(), runAt, Arrays.asList(results));
    }

    private void runGroup(BatchScope scope, List<ExpectationConfig> expectations, List<Integer> indexes,
                          Optional<ResultFormat> formatOverride, ExpectationResult[] results, TaskContext context,
                          int[] done) {
        Map<Integer, Plan> plans = new LinkedHashMap<>();
        Map<Integer, ResultFormat> formats = new LinkedHashMap<>();
        for (int index : indexes) {
            ExpectationConfig config = expectations.get(index);
            try {
                ResultFormat format = formatOverride.orElseGet(() ->
                        ResultFormat.parse(config.kwargs().get("result_format"), ResultFormat.BASIC));
                RowConditions.checkParser(config.kwargs().get("condition_parser"));
                formats.put(index, format);
                plans.put(index, registry.plan(new Kwargs(config, scope.now()), scope, format));
            } catch (CancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                results[index] = ExpectationResult.raised(config, message(e));
                context.progress(++done[0], expectations.size());
            }
        }
        Map<Integer, List<Object>> values = scan(scope, plans, results, expectations);
        for (Map.Entry<Integer, Plan> entry : plans.entrySet()) {
            int index = entry.getKey();
            if (results[index] != null) {
                continue;
            }
            ExpectationConfig config = expectations.get(index);
            context.message("Checking " + config.type());
            try {
                Outcome outcome = entry.getValue().finish(values.get(index), scope);
                Map<String, Object> result = formats.get(index).level() == ResultFormat.Level.BOOLEAN_ONLY
                        ? Map.of() : outcome.result();
                results[index] = new ExpectationResult(config, outcome.success(), result, ExceptionInfo.NONE);
            } catch (CancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                results[index] = ExpectationResult.raised(config, message(e));
            }
            context.progress(++done[0], expectations.size());
        }
    }

    /** Each plan's aggregate values, from one shared query, or per plan when the shared one fails. */
    private Map<Integer, List<Object>> scan(BatchScope scope, Map<Integer, Plan> plans, ExpectationResult[] results,
                                            List<ExpectationConfig> expectations) {
        List<String> distinct = new ArrayList<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (Plan plan : plans.values()) {
            for (String aggregate : plan.aggregates()) {
                positions.computeIfAbsent(aggregate, a -> {
                    distinct.add(a);
                    return distinct.size() - 1;
                });
            }
        }
        Map<Integer, List<Object>> values = new LinkedHashMap<>();
        if (distinct.isEmpty()) {
            plans.keySet().forEach(i -> values.put(i, List.of()));
            return values;
        }
        try {
            List<Object> row = aggregateRow(scope, distinct);
            plans.forEach((i, plan) -> values.put(i, plan.aggregates().stream().map(a -> row.get(positions.get(a))).toList()));
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException shared) {
            plans.forEach((i, plan) -> {
                try {
                    values.put(i, plan.aggregates().isEmpty() ? List.of() : aggregateRow(scope, plan.aggregates()));
                } catch (CancelledException e) {
                    throw e;
                } catch (RuntimeException e) {
                    results[i] = ExpectationResult.raised(expectations.get(i), message(e));
                }
            });
        }
        return values;
    }

    private static List<Object> aggregateRow(BatchScope scope, List<String> aggregates) {
        return scope.rows("SELECT " + String.join(", ", aggregates) + " FROM " + scope.from()).get(0);
    }

    static String message(RuntimeException e) {
        if (e instanceof InvalidExpectationException) {
            return e.getMessage();
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e.getClass().getSimpleName() + ": " + text;
    }
}
