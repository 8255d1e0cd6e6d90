package io.dataops.workbench.quality.validation.checkpoint;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
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
 * still run.
 */
public final class CheckpointRunner {

    /** One validation's outcome, with the source it ran on (for stored results and metric dimensions). */
    public record Run(String sourceName, String asset, ValidationResult result) {
    }

    private final ValidationService service;
    private final Function<String, DataSource> sources;
    private final Function<String, ExpectationSuite> suites;
    private final Optional<ValidationStore> store;
    private final Optional<MetricSink> metrics;

    public CheckpointRunner(ValidationService service, Function<String, DataSource> sources,
                            Function<String, ExpectationSuite> suites, Optional<ValidationStore> store,
                            Optional<MetricSink> metrics) {
        this.service = service;
        this.sources = sources;
        this.suites = suites;
        this.store = store;
        this.metrics = metrics;
    }

    public List<Run> run(Checkpoint checkpoint, TaskContext context, java.util.function.Consumer<String> warnings) {
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
        act(checkpoint, runs, warnings);
        return runs;
    }

    private void act(Checkpoint checkpoint, List<Run> runs, java.util.function.Consumer<String> warnings) {
        for (String action : checkpoint.actions()) {
            if (action.equals(Checkpoint.STORE_RESULT)) {
                store.ifPresentOrElse(s -> runs.forEach(r -> s.saveResult(r.sourceName(), r.result())),
                        () -> warnings.accept("No workspace: the results of checkpoint " + checkpoint.name() + " are not stored."));
            } else if (action.equals(Checkpoint.PUBLISH_METRICS)) {
                metrics.ifPresentOrElse(m -> runs.forEach(r -> m.publish(ValidationMetrics.of(r.result(), r.asset()))),
                        () -> warnings.accept("No workspace: the metrics of checkpoint " + checkpoint.name() + " are not published."));
            }
        }
    }
}
