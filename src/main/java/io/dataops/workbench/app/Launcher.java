package io.dataops.workbench.app;

/** Entry point: the GUI with no arguments, the {@code dataops} CLI with a subcommand. Built by the shell/CLI helpers. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        throw new UnsupportedOperationException("not yet built");
    }
}
