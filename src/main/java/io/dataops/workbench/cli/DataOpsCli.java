package io.dataops.workbench.cli;

/** The {@code dataops} command line. CONTRACT: {@link #run(String...)} returns the exit code (0 ok, 1 problems found, 2 usage or input error). */
public final class DataOpsCli {
    private DataOpsCli() {
    }

    public static int run(String... args) {
        throw new UnsupportedOperationException("CLI: not yet built");
    }
}
