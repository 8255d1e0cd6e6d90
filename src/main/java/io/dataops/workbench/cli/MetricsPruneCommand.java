package io.dataops.workbench.cli;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.store.MetricPruner;
import io.dataops.workbench.monitor.store.MetricRetention;
import io.dataops.workbench.workspace.Workspace;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dataops metrics prune}: applies the retention now (the app also does it hourly). */
@Command(name = "prune", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Delete metric data older than the retention: raw samples after 15 days, 1-minute roll-ups after",
                "63 days, 1-hour roll-ups after 455 days (workspace settings " + MetricRetention.RAW_DAYS + ", "
                        + MetricRetention.MINUTE_DAYS + ", " + MetricRetention.HOUR_DAYS + ")."})
final class MetricsPruneCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        MetricPruner.Result result;
        MetricRetention retention;
        try (Workspace workspace = DataOpsCommand.of(spec).openWorkspace()) {
            retention = MetricRetention.fromSettings(workspace.settings());
            result = new MetricPruner(workspace::connect).prune(retention, Instant.now(), TaskContext.none());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Deleted %d raw samples (older than %d days), %d 1-minute buckets (%d days), %d 1-hour buckets (%d days).%n",
                result.rawSamples(), retention.raw().toDays(), result.minuteBuckets(), retention.minute().toDays(),
                result.hourBuckets(), retention.hour().toDays());
        out.flush();
        return ExitCode.OK;
    }
}
