package io.dataops.workbench.cli;

import picocli.CommandLine.Option;

/** Which metric source a {@code dataops metrics} command reads; the CloudWatch issue adds its options here. */
final class MetricSourceOptions {

    @Option(names = "--source", paramLabel = "SOURCE", defaultValue = "local",
            description = "Where metrics come from; only 'local' (the workspace) for now.")
    private String source;

    /** Refuses any source but the workspace's store, with what is available. */
    void requireLocal() {
        MetricArguments.requireLocalSource(source);
    }
}
