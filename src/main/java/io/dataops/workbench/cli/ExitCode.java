package io.dataops.workbench.cli;

/** The exit codes of every {@code dataops} command. */
public final class ExitCode {
    /** The command succeeded. */
    public static final int OK = 0;
    /** The command ran and found problems (failed validations, firing alarms, ...). */
    public static final int PROBLEMS = 1;
    /** Usage or input error: a bad option, a missing file, a workspace that cannot be used. */
    public static final int USAGE = 2;
    /** An unexpected internal error (a bug); the details are in the log file. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
