package io.dataops.workbench.cli;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.EngineSettings;
import io.dataops.workbench.quality.source.SourceConnector;
import io.dataops.workbench.quality.validation.ValidationService;
import io.dataops.workbench.quality.validation.checkpoint.CheckpointRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * `dataops validate --checkpoint`: loads the checkpoint, resolves each source (a path relative to the
 * checkpoint's file, a JDBC URL, or a workspace data source) and suite, and runs it; warnings and what the
 * CloudWatch action did go to stderr (a failed publication does not change the exit code: the validations stand).
 */
final class CheckpointCommandRun {

    private final ValidateWorkspace workspace;
    private final ProfileSourceOptions sourceOptions;
    private final PrintWriter err;

    CheckpointCommandRun(ValidateWorkspace workspace, ProfileSourceOptions sourceOptions, PrintWriter err) {
        this.workspace = workspace;
        this.sourceOptions = sourceOptions;
        this.err = err;
    }

    /** The checkpoint's name, its runs, and what its reporting actions (CloudWatch) did. */
    record Outcome(String name, List<CheckpointRunner.Run> runs, List<CheckpointRunner.ActionResult> actions) {
    }

    Outcome run(String nameOrFile, TaskContext context) {
        ValidateWorkspace.Loaded loaded = workspace.checkpoint(nameOrFile);
        Optional<QualityWorkspace> quality = workspace.quality();
        SourceConnector connector = quality.map(QualityWorkspace::connector).orElseGet(() -> new SourceConnector(
                EngineSettings.defaults(), ProfileSourceOptions.environmentSecrets(), List.of()));
        CheckpointRunner runner = new CheckpointRunner(new ValidationService(connector),
                source -> resolve(source, loaded.base(), quality),
                suite -> workspace.suite(suite, loaded.base()),
                workspace.store(), workspace.metrics());
        CheckpointRunner.Result result = runner.run(loaded.checkpoint(), context, warning -> {
            err.println("Warning: " + warning);
            err.flush();
        });
        for (CheckpointRunner.ActionResult action : result.actions()) {
            err.println((action.succeeded() ? "" : "Warning: ") + action.message());
        }
        err.flush();
        return new Outcome(loaded.checkpoint().name(), result.runs(), result.actions());
    }

    private DataSource resolve(String source, Path base, Optional<QualityWorkspace> quality) {
        if (source.startsWith("jdbc:")) {
            return sourceOptions.adHocSource(source);
        }
        Path relative = base.resolve(source);
        if (Files.exists(relative) || source.contains("*")) {
            return sourceOptions.adHocSource(Files.exists(relative) ? relative.toString() : base.resolve(source).toString());
        }
        if (!ProfileSourceOptions.looksLikeWorkspaceName(source)) {
            return sourceOptions.adHocSource(source);
        }
        return quality.flatMap(q -> q.sources().find(source)).orElseThrow(() -> new UserFacingException("'" + source
                + "' is not a file, a JDBC URL or a data source of the workspace " + workspace.directory() + "."));
    }
}
