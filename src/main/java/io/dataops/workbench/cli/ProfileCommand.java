package io.dataops.workbench.cli;

import io.dataops.workbench.common.CancellableContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.DataProfiler;
import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.batch.BatchSpec;
import io.dataops.workbench.quality.profile.ProfileJson;
import io.dataops.workbench.quality.profile.ProfileMasking;
import io.dataops.workbench.quality.profile.ProfileOptions;
import io.dataops.workbench.quality.profile.ProfileText;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.EngineSettings;
import io.dataops.workbench.quality.source.SourceConnector;
import io.dataops.workbench.workspace.Workspace;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dataops profile SOURCE [--table NAME | --query SQL] [--batch SPEC] [--format json|text]}: profiles a
 * file, a JDBC URL or a workspace data source. A file or URL needs no workspace, so none is opened or made;
 * a named source's profile is also stored in the workspace. Only the profile goes to stdout.
 */
@Command(name = "profile", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Profile a file (CSV, TSV, Parquet, JSON, JSONL; globs too), a JDBC URL or a workspace data"
                + " source: per column types, nulls, distinct values, ranges, quantiles, histograms, top values.")
final class ProfileCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE",
            description = "A file path or glob, a JDBC URL (jdbc:...), or the name of a workspace data source.")
    private String source;

    @Mixin
    private AssetOptions assetOptions;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--sample", paramLabel = "ROWS", description = "Profile only a sample of this many rows.")
    private Long sampleRows;

    @Option(names = "--approximate", description = "Approximate distinct counts (labelled), faster on large tables.")
    private boolean approximate;

    @Option(names = "--mask", description = "Mask sample values, top values and text min/max in the output.")
    private boolean mask;

    @Mixin
    private ProfileSourceOptions sourceOptions;

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("text")) {
            throw new UserFacingException("--format must be json or text, not '" + format + "'.");
        }
        ProfileOptions options = options();
        Optional<BatchSpec> batchSpec = assetOptions.batchSpec();
        CancellableContext context = CancellableContext.create();
        Thread stopOnInterrupt = new Thread(context::cancel, "dataops-profile-cancel");
        Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        TableProfile profile;
        boolean maskOutput = mask;
        try {
            if (source.startsWith("jdbc:") || !ProfileSourceOptions.looksLikeWorkspaceName(source)) {
                DataSource adHoc = sourceOptions.adHocSource(source);
                SourceConnector connector = new SourceConnector(EngineSettings.defaults(),
                        ProfileSourceOptions.environmentSecrets(), java.util.List.of());
                profile = new DataProfiler(connector).profile(adHoc, assetOptions.assetRef(adHoc, "profile"), batchSpec, options, context);
            } else {
                try (Workspace workspace = openExistingWorkspace()) {
                    QualityWorkspace quality = new QualityWorkspace(workspace,
                            SecretKeyFile.inUserConfig(System.getenv()), System.getenv());
                    DataSource named = quality.sources().find(source).orElseThrow(() -> new UserFacingException(
                            "'" + source + "' is not a file, a JDBC URL or a data source of the workspace "
                                    + workspace.directory() + "."));
                    profile = quality.profiler().profile(named, assetOptions.assetRef(named, "profile"), batchSpec, options, context);
                    maskOutput = maskOutput || quality.settings().maskValues();
                    quality.profiles().save(named.name(), profile, quality.settings().maskValues());
                }
            }
        } finally {
            removeHook(stopOnInterrupt);
        }
        print(ProfileMasking.maskIf(maskOutput, profile));
        return ExitCode.OK;
    }

    private ProfileOptions options() {
        ProfileOptions options = ProfileOptions.exact().withApproximate(approximate);
        return sampleRows == null ? options : options.withSampleRows(sampleRows);
    }


    /** A name (not a path or URL) needs the workspace; refuse rather than create one just to find nothing. */
    private Workspace openExistingWorkspace() {
        java.nio.file.Path directory = DataOpsCommand.of(spec).workspaceDirectory();
        if (!java.nio.file.Files.exists(directory.resolve("workspace.mv.db"))) {
            throw new UserFacingException("'" + source + "' is not a file, a JDBC URL, or a data source: there is no"
                    + " workspace at " + directory + ".");
        }
        return DataOpsCommand.of(spec).openWorkspace();
    }


    private void print(TableProfile profile) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? ProfileJson.write(profile, true) + System.lineSeparator()
                : ProfileText.write(profile));
        out.flush();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running and cancels the profile.
        }
    }
}
