package io.dataops.workbench.cli;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.docs.DataDocsSite;
import io.dataops.workbench.quality.docs.DocsBuildReport;
import io.dataops.workbench.quality.history.ValidationHistory;
import io.dataops.workbench.quality.source.QualitySettings;
import io.dataops.workbench.quality.validation.store.ValidationStore;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dataops docs build --out DIR [--full]}: the static data-docs site of the workspace's validation results. */
@Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Data docs: a static HTML site of suites, validation results and histories.",
        synopsisSubcommandLabel = "COMMAND")
final class DocsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing a docs command: build.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    @Command(name = "build", description = "Write or update the site in DIR; only runs stored since the last build"
            + " are rendered (unless --full). Values are masked when the sensitive-data setting is on.")
    int build(@Option(names = "--out", required = true, paramLabel = "DIR") Path out,
              @Option(names = "--full", description = "Render every page again.") boolean full) {
        DocsBuildReport report;
        try (Workspace workspace = DataOpsCommand.of(spec).openWorkspace()) {
            QualitySettings settings = new QualitySettings(workspace.settings());
            DataDocsSite site = new DataDocsSite(new ValidationHistory(workspace::connect, settings::maskValues),
                    new ValidationStore(workspace::connect)::findSuite);
            report = full ? site.rebuildAll(out, TaskContext.none()) : site.build(out, TaskContext.none());
        }
        spec.commandLine().getOut().printf("%s build: %d new runs, %d pages written, %d runs on %d pages, %d ms.%n"
                        + "Open %s%n", report.fullBuild() ? "Full" : "Incremental", report.newRuns(),
                report.written().size(), report.totalRuns(), report.indexPages(), report.elapsed().toMillis(),
                report.indexPage().toAbsolutePath());
        return ExitCode.OK;
    }
}
