package io.dataops.workbench.quality.validation.preview;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.profile.ProfileMasking;
import io.dataops.workbench.quality.source.OpenSource;
import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationResult;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.ValidationResult;
import io.dataops.workbench.quality.validation.engine.SuiteValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A connection kept open on one batch while the user shapes an expectation, so each debounced run costs only
 * its queries. Runs are serialized: a cancelled run (JDBC cancel through its TaskContext) ends before the next
 * one uses the connection. Close it when the builder closes.
 */
public final class PreviewSession implements AutoCloseable {

    private final OpenSource open;
    private final Relation batch;
    private final SuiteValidator validator;
    private final int sampleSize;
    private final boolean mask;

    PreviewSession(OpenSource open, Relation batch, SuiteValidator validator, int sampleSize, boolean mask) {
        this.open = open;
        this.batch = batch;
        this.validator = validator;
        this.sampleSize = sampleSize;
        this.mask = mask;
    }

    /** What the batch is called ("SAMPLES.PAYMENT [payment_date 2024-03]"). */
    public String batchLabel() {
        return batch.label();
    }

    /** Runs one expectation; throws CancelledException when the context is cancelled. */
    public synchronized PreviewResult run(ExpectationConfig config, TaskContext context) {
        List<String> statements = new ArrayList<>();
        QueryRunner runner = open.runner(context).observed(statements::add);
        long start = System.nanoTime();
        ResultFormat format = new ResultFormat(ResultFormat.Level.SUMMARY, sampleSize, false, List.of());
        ValidationResult validation = validator.validate(runner, open.dialect(), batch,
                ExpectationSuite.of("preview", List.of(config)), Optional.of(format), context);
        // A cancel that came after the last query (or before it started: a JDBC cancel is lost then) must still
        // keep this stale result from reaching the builder.
        context.checkCancelled();
        return toPreview(validation.results().get(0), statements, Duration.ofNanos(System.nanoTime() - start));
    }

    private PreviewResult toPreview(ExpectationResult result, List<String> statements, Duration elapsed) {
        Map<String, Object> r = result.result();
        List<Object> unexpected = r.get("partial_unexpected_list") instanceof List<?> list
                ? new ArrayList<>(list) : new ArrayList<>();
        if (mask) {
            unexpected.replaceAll(v -> v == null ? null : ProfileMasking.MASK);
        }
        Optional<Object> observed = Optional.ofNullable(r.get("observed_value"));
        return new PreviewResult(result.success() && !result.raisedException(),
                result.raisedException() ? Optional.ofNullable(result.exceptionInfo().message()) : Optional.empty(),
                count(r.get("element_count")), count(r.get("unexpected_count")),
                r.get("unexpected_percent") instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty(),
                unexpected, mask && observed.isPresent() && !(observed.get() instanceof Number)
                        ? Optional.of(ProfileMasking.MASK) : observed,
                statements, elapsed, result);
    }

    private static OptionalLong count(Object value) {
        return value instanceof Number n ? OptionalLong.of(n.longValue()) : OptionalLong.empty();
    }

    @Override
    public void close() {
        open.close();
    }
}
