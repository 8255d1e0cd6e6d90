package io.dataops.workbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs {@link DataOpsCli} in-process with captured streams. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = DataOpsCli.run(new PrintWriter(out), new PrintWriter(err), environment, args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** With {@code DATAOPS_WORKSPACE} pointing at {@code workspace}, so no test touches the home directory. */
    static CliRun inWorkspace(Path workspace, String... args) {
        return run(Map.of("DATAOPS_WORKSPACE", workspace.toString()), args);
    }
}
