package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.batch.BatchSpec;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.Optional;

/** Runs one expectation on a batch for the live result; synchronous and cancellable (a JDBC cancel underneath). */
public interface PreviewPort {

    /** The batch the live result runs on: the profiled asset. */
    record Target(DataSource source, AssetRef asset, Optional<BatchSpec> batch) {
    }

    PreviewOutcome run(Target target, ExpectationConfig expectation, TaskContext context);
}
