package io.dataops.workbench.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dataops hcl fmt}: in place, --check, --diff, --recursive, stdin, syntax errors; never a workspace. */
class HclFmtCommandTest {
    private static final String MESSY = "a=1\nresource aws_s3_bucket b {\nbucket=\"${var.name}\"\n}\n";
    private static final String TIDY = "a = 1\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = var.name\n}\n";

    @TempDir
    Path dir;
    private Path workspace;

    @BeforeEach
    void files() throws IOException {
        workspace = dir.resolve("workspace");
        Files.writeString(dir.resolve("main.tf"), MESSY);
        Files.writeString(dir.resolve("ok.tfvars"), "x = 1\n");
        Files.writeString(dir.resolve("notes.txt"), "a=1\n");
        Files.writeString(dir.resolve(".hidden.tf"), "a=1\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/test.tftest.hcl"), "run \"x\" {\ncommand=plan\n}\n");
    }

    @AfterEach
    void noWorkspace() {
        assertThat(workspace).doesNotExist();
        HclFmtCommand.stdin = System.in;
    }

    private CliRun fmt(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "hcl";
        all[1] = "fmt";
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.inWorkspace(workspace, all);
    }

    @Test
    void formatsADirectoryInPlaceAndListsChangedFiles() throws IOException {
        CliRun run = fmt(dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo(dir.resolve("main.tf") + System.lineSeparator());
        assertThat(Files.readString(dir.resolve("main.tf"))).isEqualTo(TIDY);
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("a=1\n");
        assertThat(Files.readString(dir.resolve(".hidden.tf"))).isEqualTo("a=1\n");
        assertThat(Files.readString(dir.resolve("sub/test.tftest.hcl"))).contains("command=plan");
        assertThat(fmt(dir.toString()).out()).isEmpty();
    }

    @Test
    void recursiveAlsoFormatsSubdirectories() throws IOException {
        CliRun run = fmt("--recursive", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains(dir.resolve("sub/test.tftest.hcl").toString());
        assertThat(Files.readString(dir.resolve("sub/test.tftest.hcl"))).isEqualTo("run \"x\" {\n  command = plan\n}\n");
    }

    @Test
    void checkWritesNothingAndExitsOneWhenFilesWouldChange() throws IOException {
        CliRun run = fmt("--check", dir.resolve("main.tf").toString(), dir.resolve("ok.tfvars").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.out()).isEqualTo(dir.resolve("main.tf") + System.lineSeparator());
        assertThat(Files.readString(dir.resolve("main.tf"))).isEqualTo(MESSY);
        assertThat(fmt("--check", dir.resolve("ok.tfvars").toString()).exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void diffPrintsAUnifiedDiff() {
        CliRun run = fmt("--check", "--diff", dir.resolve("main.tf").toString());
        assertThat(run.out()).contains("--- old/" + dir.resolve("main.tf"), "+++ new/" + dir.resolve("main.tf"),
                "@@ -1,4 +1,4 @@", "-a=1", "+a = 1", "+  bucket = var.name");
    }

    @Test
    void dashFormatsStandardInputToStandardOutput() {
        HclFmtCommand.stdin = new ByteArrayInputStream(MESSY.getBytes(StandardCharsets.UTF_8));
        CliRun run = fmt("-");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo(TIDY);
    }

    @Test
    void syntaxErrorsGoToStderrWithPositionAndExitTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tf"), "a = 1\nb = \n");
        CliRun run = fmt(dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith(bad + ":2:");
        assertThat(Files.readString(bad)).isEqualTo("a = 1\nb = \n");
        assertThat(Files.readString(dir.resolve("main.tf"))).isEqualTo(TIDY); // the other files are still formatted
    }

    @Test
    void refusesMissingPathsAndOtherFileTypes() {
        CliRun missing = fmt(dir.resolve("nope.tf").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("No file or directory at");
        CliRun other = fmt(dir.resolve("notes.txt").toString());
        assertThat(other.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(other.err()).contains("Only .tf, .tfvars and .tftest.hcl files");
    }

    @Test
    void refusesFilesThatAreNotUtf8() throws IOException {
        Files.write(dir.resolve("latin1.tf"), new byte[] {'a', '=', '"', (byte) 0xE9, '"', '\n'});
        CliRun run = fmt(dir.resolve("latin1.tf").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("not UTF-8");
    }
}
