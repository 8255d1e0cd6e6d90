package io.dataops.workbench.cli;

import io.dataops.workbench.app.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real entry point in its own JVM, with the real logback.xml: what users and scripts see. */
class LauncherProcessTest {

    @TempDir
    Path temp;

    @Test
    void versionInASeparateProcessCreatesNoWorkspace() throws Exception {
        Path workspace = temp.resolve("ws");

        Result result = launch(workspace, "--workspace", workspace.toString(), "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("dataops \\d+\\.\\d+\\.\\d+\\S*\\R");
        assertThat(result.err()).isEmpty();
        assertThat(workspace).doesNotExist();
    }

    @Test
    void unknownCommandExitsTwoWithTheMessageOnStderrOnly() throws Exception {
        Path workspace = temp.resolve("ws");

        Result result = launch(workspace, "frobnicate");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("frobnicate");
        assertThat(workspace).doesNotExist();
    }

    @Test
    void stdoutCarriesOnlyTheResultAndTheLogGoesToTheWorkspace() throws Exception {
        Path workspace = temp.resolve("ws");

        Result result = launch(workspace, "workspace", "info");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines())
                .hasSize(5)
                .allMatch(line -> line.matches("(Workspace|Schema version|Size|Projects|Samples): +\\S.*"));
        assertThat(result.out()).doesNotContain("INFO").doesNotContain("DEBUG");
        Path logFile = workspace.resolve("logs").resolve("workbench.log");
        assertThat(logFile).isRegularFile();
        assertThat(Files.readString(logFile)).contains("INFO").contains("opened workspace " + workspace);
    }

    private record Result(int exitCode, String out, String err) {
    }

    private Result launch(Path workspace, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", testClasspath(),
                Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = temp.resolve("stdout.txt");
        Path err = temp.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("DATAOPS_WORKSPACE", workspace.toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher finished in time").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Surefire may put the class path into a manifest-only jar; it publishes the real one here. */
    private static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
