package io.dataops.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dataops suite ...} and {@code dataops docs build} on a temporary workspace. */
class SuiteAndDocsCommandsTest {

    @TempDir
    Path dir;

    private Path suiteFile(String name, int max) throws Exception {
        Path file = dir.resolve(name + max + ".json");
        Files.writeString(file, "{\"expectation_suite_name\": \"" + name + "\", \"expectations\": ["
                + "{\"expectation_type\": \"expect_column_values_to_not_be_null\", \"kwargs\": {\"column\": \"id\"}},"
                + "{\"expectation_type\": \"expect_column_values_to_be_between\", \"kwargs\": {\"column\": \"amount\","
                + " \"min_value\": 0, \"max_value\": " + max + "}}]}");
        return file;
    }

    @Test
    void saveListDiffRollbackAndExport() throws Exception {
        Path ws = dir.resolve("ws");
        assertThat(CliRun.inWorkspace(ws, "suite", "save", suiteFile("pay", 100).toString(), "--note", "first").out())
                .contains("Saved pay version 1");
        assertThat(CliRun.inWorkspace(ws, "suite", "save", suiteFile("pay", 100).toString()).out())
                .contains("Unchanged");
        CliRun.inWorkspace(ws, "suite", "save", suiteFile("pay", 250).toString());
        CliRun versions = CliRun.inWorkspace(ws, "suite", "versions", "pay");
        assertThat(versions.exitCode()).isZero();
        assertThat(versions.out().lines()).hasSize(2);
        assertThat(versions.out()).contains("first");

        CliRun diff = CliRun.inWorkspace(ws, "suite", "diff", "pay", "1", "2");
        assertThat(diff.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(diff.out()).contains("~ expect_column_values_to_be_between (amount)").contains("max_value: 100 -> 250")
                .contains("+++ pay v2");

        assertThat(CliRun.inWorkspace(ws, "suite", "rollback", "pay", "1").out()).contains("as version 3");
        Path out = dir.resolve("export/pay.json");
        assertThat(CliRun.inWorkspace(ws, "suite", "export", "pay", "--out", out.toString(), "--gx", "0").exitCode()).isZero();
        assertThat(Files.readString(out)).contains("\"expectation_type\"").contains("100");

        CliRun missing = CliRun.inWorkspace(ws, "suite", "diff", "pay", "1", "9");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("no version 9");
    }

    @Test
    void docsBuildWritesASiteAndThenOnlyWhatIsNew() throws Exception {
        Path ws = dir.resolve("ws");
        Path site = dir.resolve("site");
        CliRun first = CliRun.inWorkspace(ws, "docs", "build", "--out", site.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("Full build: 0 new runs");
        assertThat(site.resolve("index.html")).exists();
        assertThat(CliRun.inWorkspace(ws, "docs", "build", "--out", site.toString()).out())
                .contains("Incremental build: 0 new runs, 0 pages written");
    }
}
