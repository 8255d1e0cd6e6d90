package io.dataops.workbench.quality.validation.checkpoint;

import io.dataops.workbench.common.CancelledException;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.cloudwatch.PublishSummary;
import io.dataops.workbench.quality.batch.BatchSpec;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.ValidationResult;
import io.dataops.workbench.quality.validation.ValidationService;
import io.dataops.workbench.quality.validation.store.ValidationStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs a checkpoint: each validation in order, then its actions for each result. Where a workspace is not
 * available (CI with file sources) the store and metric actions are left out and said so, the validations
 * still run. Publishing to CloudWatch needs no workspace; its outcome, failed or not, is in the result.
 */
public final class CheckpointRunner {

    /** One validation's outcome, with the source it ran on (for stored results and metric dimensions). */
    public record Run(String sourceName, String asset, ValidationResult result) {
    }

    /** A checkpoint's outcome: each validation's run, and what its actions did (only those that report). */
    public record Result(List<Run> runs, List<ActionResult> actions) {

        public Result {
            runs = List.copyOf(runs);
            actions = List.copyOf(actions);
        }

        public boolean validationsPassed() {
            return runs.stream().allMatch(r -> r.result().success());
        }
    }

    /** What an action did: {@code succeeded} false with the reason when it failed (the validations stand). */
    public record ActionResult(String action, boolean succeeded, String message) {
    }

    private final ValidationService service;
    private final Function<String, DataSource> sources;
    private final Function<String, ExpectationSuite> suites;
    private final Optional<ValidationStore> store;
    private final Optional<MetricSink> metrics;
    private final Function<CloudWatchPublishing, CloudWatchMetricSink> cloudWatch;

    public CheckpointRunner(ValidationService service, Function<String, DataSource> sources,
                            Function<String, ExpectationSuite> suites, Optional<ValidationStore> store,
                            Optional<MetricSink> metrics) {
        this(service, sources, suites, store, metrics, CloudWatchMetricSink::standard);
    }

    /** With {@code cloudWatch} opening the sink of a {@code publish_cloudwatch} action (closed after it). */
    public CheckpointRunner(ValidationService service, Function<String, DataSource> sources,
                            Function<String, ExpectationSuite> suites, Optional<ValidationStore> store,
                            Optional<MetricSink> metrics, Function<CloudWatchPublishing, CloudWatchMetricSink> cloudWatch) {
        this.service = service;
        this.sources = sources;
        this.suites = suites;
        this.store = store;
        this.metrics = metrics;
        this.cloudWatch = cloudWatch;
    }

    public Result run(Checkpoint checkpoint, TaskContext context, java.util.function.Consumer<String> warnings) {
        List<Run> runs = new ArrayList<>();
        for (Checkpoint.Validation validation : checkpoint.validations()) {
            DataSource source = sources.apply(validation.source());
            ExpectationSuite suite = suites.apply(validation.suite());
            AssetRef asset = validation.query().map(AssetRef::query).or(() -> validation.table().map(AssetRef::table))
                    .orElseGet(() -> {
                        if (source instanceof FileSource) {
                            return AssetRef.wholeFile();
                        }
                        throw new UserFacingException("The checkpoint's validation of " + validation.source()
                                + " names no table or query.");
                    });
            Optional<BatchSpec> batch = validation.batch().map(spec -> {
                try {
                    return BatchSpec.parse(spec);
                } catch (IllegalArgumentException e) {
                    throw new UserFacingException(e.getMessage(), e);
                }
            });
            ValidationResult result = service.validate(source, asset, batch, suite, checkpoint.resultFormat(), context);
            runs.add(new Run(source.name(), asset.describe(), result));
        }
        return new Result(runs, act(checkpoint, runs, context, warnings));
    }

    private List<ActionResult> act(Checkpoint checkpoint, List<Run> runs, TaskContext context,
                                   java.util.function.Consumer<String> warnings) {
        List<ActionResult> results = new ArrayList<>();
        for (String action : checkpoint.actions()) {
            if (action.equals(Checkpoint.STORE_RESULT)) {
                store.ifPresentOrElse(s -> runs.forEach(r -> s.saveResult(r.sourceName(), r.result())),
                        () -> warnings.accept("No workspace: the results of checkpoint " + checkpoint.name() + " are not stored."));
            } else if (action.equals(Checkpoint.PUBLISH_METRICS)) {
                metrics.ifPresentOrElse(m -> runs.forEach(r -> m.publish(ValidationMetrics.of(r.result(), r.asset()))),
                        () -> warnings.accept("No workspace: the metrics of checkpoint " + checkpoint.name() + " are not published."));
            } else if (action.equals(Checkpoint.PUBLISH_CLOUDWATCH)) {
                results.add(publishToCloudWatch(checkpoint.cloudWatch().orElseGet(CloudWatchPublishing::defaults), runs,
                        context));
            }
        }
        return results;
    }

    /**
     * All runs' metrics in one publication (fewest calls). A failure here is the action's, not the checkpoint's:
     * the validations already ran and their results stand, so it is reported instead of thrown.
     */
    private ActionResult publishToCloudWatch(CloudWatchPublishing settings, List<Run> runs, TaskContext context) {
        List<MetricDatum> data = runs.stream().flatMap(r -> ValidationMetrics.of(r.result(), r.asset()).stream()).toList();
        try (CloudWatchMetricSink sink = cloudWatch.apply(settings)) {
            PublishSummary summary = sink.send(data, context);
            String notes = summary.notes().isEmpty() ? "" : " " + String.join(" ", summary.notes());
            return new ActionResult(Checkpoint.PUBLISH_CLOUDWATCH, true, "CloudWatch " + settings.namespace() + ": "
                    + summary.describe() + notes);
        } catch (CancelledException e) {
            throw e;
        } catch (UserFacingException e) {
            return new ActionResult(Checkpoint.PUBLISH_CLOUDWATCH, false, "Publishing to CloudWatch failed: "
                    + e.getMessage());
        } catch (RuntimeException e) {
            return new ActionResult(Checkpoint.PUBLISH_CLOUDWATCH, false, "Publishing to CloudWatch failed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
