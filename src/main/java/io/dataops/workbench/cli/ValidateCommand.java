package io.dataops.workbench.cli;

import io.dataops.workbench.common.CancellableContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.batch.BatchSpec;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.EngineSettings;
import io.dataops.workbench.quality.source.SourceConnector;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.InvalidExpectationException;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.ValidationResult;
import io.dataops.workbench.quality.validation.ValidationService;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dataops validate}: runs a Great Expectations suite on a source (file, JDBC URL or workspace data source)
 * or runs a checkpoint. Standard output holds exactly one document (GX validation-result JSON, JUnit XML or
 * text). Exit 0 when every expectation passed, 1 when one failed or raised, 2 when the suite, checkpoint or
 * source cannot be read. Files and URLs need no workspace; none is created.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validate data with a Great Expectations suite (GX JSON 1.x or 0.x), or run a checkpoint.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--suite", paramLabel = "SUITE", description = "A suite JSON file, or the name of a workspace suite.")
    private String suite;

    @Option(names = "--source", paramLabel = "SOURCE",
            description = "A file path or glob, a JDBC URL (jdbc:...), or the name of a workspace data source.")
    private String source;

    @Mixin
    private AssetOptions assetOptions;

    @Option(names = "--result-format", paramLabel = "LEVEL",
            description = "BOOLEAN_ONLY, BASIC, SUMMARY or COMPLETE for every expectation (default: each expectation's own, else BASIC).")
    private String resultFormat;

    @Option(names = "--checkpoint", paramLabel = "NAME|FILE.json", description = "Run a checkpoint file, or a workspace checkpoint.")
    private String checkpoint;

    @Option(names = "--format", paramLabel = "json|junit|text", defaultValue = "json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private String format;

    @Mixin
    private ProfileSourceOptions sourceOptions;

    @Override
    public Integer call() {
        if (!List.of("json", "junit", "text").contains(format)) {
            throw new UserFacingException("--format must be json, junit or text, not '" + format + "'.");
        }
        if (checkpoint == null && (suite == null || source == null)) {
            throw new UserFacingException("Give --suite SUITE.json and --source SOURCE, or --checkpoint NAME|FILE.json.");
        }
        if (checkpoint != null && (suite != null || source != null || assetOptions.anyGiven())) {
            throw new UserFacingException("--checkpoint names its own suites and sources; leave out --suite, --source,"
                    + " --table, --query and --batch.");
        }
        CancellableContext context = CancellableContext.create();
        Thread stopOnInterrupt = new Thread(context::cancel, "dataops-validate-cancel");
        Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        try (ValidateWorkspace workspace = new ValidateWorkspace(DataOpsCommand.of(spec).workspaceDirectory())) {
            if (checkpoint != null) {
                CheckpointOutput output = new CheckpointOutput(format);
                CheckpointCommandRun.Outcome outcome = new CheckpointCommandRun(workspace, sourceOptions,
                        spec.commandLine().getErr()).run(checkpoint, context);
                print(output.render(outcome.name(), outcome.runs(), outcome.actions()));
                return outcome.runs().stream().allMatch(r -> r.result().success()) ? ExitCode.OK : ExitCode.PROBLEMS;
            }
            ValidationResult result = validateOne(workspace, context);
            print(CheckpointOutput.single(format, result));
            return result.success() ? ExitCode.OK : ExitCode.PROBLEMS;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
            } catch (IllegalStateException ignored) {
                // Shutting down: the hook is cancelling the validation.
            }
        }
    }

    private ValidationResult validateOne(ValidateWorkspace workspace, CancellableContext context) {
        Optional<ResultFormat> override = Optional.ofNullable(resultFormat).map(ValidateCommand::parseFormat);
        Optional<BatchSpec> batchSpec = assetOptions.batchSpec();
        ExpectationSuite expectationSuite = workspace.suite(suite, java.nio.file.Path.of("."));
        if (source.startsWith("jdbc:") || !ProfileSourceOptions.looksLikeWorkspaceName(source)) {
            DataSource adHoc = sourceOptions.adHocSource(source);
            SourceConnector connector = new SourceConnector(EngineSettings.defaults(),
                    ProfileSourceOptions.environmentSecrets(), List.of());
            return new ValidationService(connector).validate(adHoc, assetOptions.assetRef(adHoc, "validate"), batchSpec, expectationSuite, override, context);
        }
        QualityWorkspace quality = workspace.quality().orElseThrow(() -> new UserFacingException("'" + source
                + "' is not a file, a JDBC URL, or a data source: there is no workspace at " + workspace.directory() + "."));
        DataSource named = quality.sources().find(source).orElseThrow(() -> new UserFacingException("'" + source
                + "' is not a file, a JDBC URL or a data source of the workspace " + workspace.directory() + "."));
        ValidationResult result = new ValidationService(quality.connector()).validate(named, assetOptions.assetRef(named, "validate"), batchSpec,
                expectationSuite, override, context);
        workspace.store().ifPresent(store -> store.saveResult(named.name(), result));
        return result;
    }


    static ResultFormat parseFormat(String level) {
        try {
            return ResultFormat.of(ResultFormat.level(level));
        } catch (InvalidExpectationException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }


    private void print(String document) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(document.endsWith("\n") ? document : document + System.lineSeparator());
        out.flush();
    }
}
