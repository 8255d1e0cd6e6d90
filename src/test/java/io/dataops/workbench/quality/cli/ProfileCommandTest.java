package io.dataops.workbench.quality.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.cli.DataOpsCli;
import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dataops profile}: JSON on stdout only, snake_case, no workspace for files and URLs, exit codes. */
class ProfileCommandTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DataOpsCli.run(new PrintWriter(out), new PrintWriter(err),
                Map.of("DATAOPS_WORKSPACE", dir.resolve("ws").toString()), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void profilesACsvAsSnakeCaseJsonWithoutCreatingAWorkspace() throws Exception {
        Path csv = dir.resolve("pay.csv");
        Files.writeString(csv, "id,amount,\"select\"\n1,10,a\n2,,b\n3,30,a\n");
        Run run = run("profile", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("row_count").asLong()).isEqualTo(3);
        assertThat(json.get("column_count").asInt()).isEqualTo(3);
        assertThat(json.get("duplicate_rows").asLong()).isZero();
        JsonNode amount = json.get("columns").get(1);
        assertThat(amount.get("name").asText()).isEqualTo("amount");
        assertThat(amount.get("null_count").asLong()).isEqualTo(1);
        assertThat(amount.get("distinct_count").asLong()).isEqualTo(2);
        assertThat(amount.get("distinct_is_approximate").asBoolean()).isFalse();
        assertThat(amount.get("mean").asDouble()).isEqualTo(20.0);
        assertThat(amount.get("quantiles").get("0.05").asDouble()).isEqualTo(11.0);
        assertThat(amount.get("histogram")).hasSize(20);
        assertThat(amount.get("histogram").get(0).fieldNames()).toIterable().containsExactly("low", "high", "count");
        JsonNode select = json.get("columns").get(2);
        assertThat(select.get("top_values").get(0).get("value").asText()).isEqualTo("a");
        assertThat(select.has("mean")).isFalse();
        assertThat(Files.exists(dir.resolve("ws"))).isFalse();
    }

    @Test
    void profilesAJdbcTableAsTextAndMasksOnRequest() throws Exception {
        String url = "jdbc:h2:mem:cli;DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("CREATE TABLE people AS SELECT * FROM (VALUES ('ann', 1), ('ann', 2)) t(name, n)");
            Run text = run("profile", url, "--table", "people", "--format", "text");
            assertThat(text.exitCode()).as(text.err()).isZero();
            assertThat(text.out()).contains("Rows:            2", "ann (2)");
            Run masked = run("profile", url, "--query", "SELECT name FROM people", "--mask");
            assertThat(masked.out()).doesNotContain("ann").contains("\"masked\" : true");
        }
        assertThat(Files.exists(dir.resolve("ws"))).isFalse();
    }

    @Test
    void aNamedSourceIsProfiledAndStoredInTheWorkspace() throws Exception {
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, "d,v\n2024-01-05,1\n2024-02-07,2\n2024-02-09,3\n");
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            new QualityWorkspace(workspace, new SecretKeyFile(dir.resolve("keys")), Map.of()).sources()
                    .save(FileSource.of(csv.toString()).withName("daily"));
        }
        Run run = run("profile", "daily", "--batch", "d:month:2024-02");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("row_count").asLong()).isEqualTo(2);
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            assertThat(new QualityWorkspace(workspace, new SecretKeyFile(dir.resolve("keys")), Map.of()).profiles()
                    .list("daily")).hasSize(1);
        }
    }

    @Test
    void inputErrorsExitWith2AndOneMessage() throws Exception {
        Run missing = run("profile", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err().strip()).contains("does not exist").doesNotContain("Exception");

        Run unknownName = run("profile", "warehouse");
        assertThat(unknownName.exitCode()).isEqualTo(2);
        assertThat(unknownName.err()).contains("there is no workspace");
        assertThat(Files.exists(dir.resolve("ws"))).isFalse();

        Run url = run("profile", "jdbc:nosuch://h/db?password=hunter2", "--table", "t");
        assertThat(url.exitCode()).isEqualTo(2);
        assertThat(url.err()).doesNotContain("hunter2").contains("password=***");

        Run both = run("profile", "x.csv", "--table", "a", "--query", "b");
        assertThat(both.exitCode()).isEqualTo(2);
    }
}
