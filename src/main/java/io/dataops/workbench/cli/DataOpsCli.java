package io.dataops.workbench.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.Map;

/**
 * The {@code dataops} command line. CONTRACT: {@link #run(String...)} returns the exit code (see
 * {@link ExitCode}: 0 ok, 1 problems found, 2 usage or input error). Results go to {@code out}, messages
 * about errors to {@code err}; logging never goes to either stdout or {@code out}.
 */
public final class DataOpsCli {
    private DataOpsCli() {
    }

    /** Runs on the process's streams and environment; used by the launcher. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            return run(out, err, System.getenv(), args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs on the given streams and environment (the environment supplies {@code DATAOPS_WORKSPACE}). */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
        CommandLine commandLine = commandLine(environment);
        commandLine.setOut(out);
        commandLine.setErr(err);
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    static CommandLine commandLine(Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new DataOpsCommand(environment));
        commandLine.setExitCodeExceptionMapper(exception -> ExitCode.INTERNAL);
        commandLine.setParameterExceptionHandler(new CliErrorHandlers.BadUsage());
        commandLine.setExecutionExceptionHandler(new CliErrorHandlers.FailedExecution());
        return commandLine;
    }
}
