package io.dataops.workbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code dataops metrics list|query|prune}: the workspace's metric store on the command line. */
@Command(name = "metrics",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List and query metrics (host, data quality, PostgreSQL) kept in the workspace.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                MetricsListCommand.class,
                MetricsQueryCommand.class,
                MetricsPruneCommand.class,
        })
final class MetricsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing a metrics command: list, query or prune.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
