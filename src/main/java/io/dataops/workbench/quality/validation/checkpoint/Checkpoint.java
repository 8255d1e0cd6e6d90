package io.dataops.workbench.quality.validation.checkpoint;

import io.dataops.workbench.quality.validation.ResultFormat;
import java.util.List;
import java.util.Optional;

/**
 * A checkpoint: pairs of a batch definition and a suite, run together, then actions (store each result in the
 * workspace, publish metrics to the workspace's store, publish them to CloudWatch with {@code cloudWatch}'s
 * settings). The same JSON lives in a repository file or in the workspace.
 */
public record Checkpoint(String name, List<Validation> validations, List<String> actions,
                         Optional<ResultFormat> resultFormat, Optional<CloudWatchPublishing> cloudWatch) {

    public static final String STORE_RESULT = "store_result";
    public static final String PUBLISH_METRICS = "publish_metrics";
    public static final String PUBLISH_CLOUDWATCH = "publish_cloudwatch";
    public static final List<String> ACTIONS = List.of(STORE_RESULT, PUBLISH_METRICS, PUBLISH_CLOUDWATCH);

    public Checkpoint {
        validations = List.copyOf(validations);
        actions = List.copyOf(actions);
        cloudWatch = actions.contains(PUBLISH_CLOUDWATCH)
                ? Optional.of(cloudWatch.orElseGet(CloudWatchPublishing::defaults)) : Optional.empty();
    }

    /** A checkpoint whose actions need no settings (no CloudWatch action, or CloudWatch with the defaults). */
    public Checkpoint(String name, List<Validation> validations, List<String> actions, Optional<ResultFormat> resultFormat) {
        this(name, validations, actions, resultFormat, Optional.empty());
    }

    /**
     * What to validate: a source (file path, JDBC URL or workspace data source), a table or query of it, an
     * optional date batch ({@code COLUMN:GRAIN:KEY}, KEY may be {@code latest}), and the suite (a file, relative
     * to the checkpoint's file, or a workspace suite name).
     */
    public record Validation(String source, Optional<String> table, Optional<String> query, Optional<String> batch,
                             String suite) {
    }
}
