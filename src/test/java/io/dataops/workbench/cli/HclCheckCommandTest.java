package io.dataops.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dataops hcl check} and {@code dataops hcl graph}: formats, exit codes, var files, schema; no workspace. */
class HclCheckCommandTest {

    @TempDir
    Path dir;

    private Path workspace() {
        return dir.resolve("workspace");
    }

    @AfterEach
    void noWorkspace() {
        assertThat(workspace()).doesNotExist();
    }

    private Path config(String main) throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("main.tf"), main);
        return config;
    }

    @Test
    void textReportAndExitOneOnErrors() throws IOException {
        Path config = config("output \"o\" {\n  value = var.nope\n}\n");
        CliRun run = CliRun.inWorkspace(workspace(), "hcl", "check", config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.out()).isEqualTo(config + "/main.tf:2:11: error: Reference to undeclared input variable: An input "
                + "variable with the name \"nope\" has not been declared. This variable can be declared with a variable "
                + "\"nope\" {} block.\n1 error, 0 warnings\n");
    }

    @Test
    void jsonReportWithRanges() throws IOException {
        Path config = config("variable \"unused\" {\n  default = 1\n}\n");
        CliRun run = CliRun.inWorkspace(workspace(), "hcl", "check", config.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode list = new ObjectMapper().readTree(run.out());
        assertThat(list).hasSize(1);
        JsonNode d = list.get(0);
        assertThat(d.get("severity").asText()).isEqualTo("warning");
        assertThat(d.get("summary").asText()).isEqualTo("Unused variable");
        assertThat(d.get("file").asText()).isEqualTo("main.tf");
        assertThat(d.get("start").toString()).isEqualTo("{\"line\":1,\"column\":1,\"byte\":0}");
        assertThat(d.get("end").toString()).isEqualTo("{\"line\":1,\"column\":18,\"byte\":17}");
    }

    @Test
    void varFilesAndSchema() throws IOException {
        Path config = config("variable \"n\" {\n  type = number\n}\nresource \"aws_thing\" \"t\" {\n  size = var.n\n}\n");
        Path vars = Files.writeString(dir.resolve("x.tfvars"), "n = \"many\"\n");
        Path schema = Files.writeString(dir.resolve("schema.json"), """
                {"format_version": "1.0", "provider_schemas": {"registry.terraform.io/hashicorp/aws": {
                  "provider": {"block": {}},
                  "resource_schemas": {"aws_thing": {"block": {"attributes": {
                    "name": {"type": "string", "required": true}}}}}}}}
                """);
        CliRun run = CliRun.inWorkspace(workspace(), "hcl", "check", config.toString(), "--var-file", vars.toString(),
                "--schema", schema.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(run.out()).contains("x.tfvars:1:5: warning: Invalid value for input variable")
                .contains("main.tf:4:26: error: Missing required argument: The argument \"name\" is required")
                .contains("main.tf:5:3: error: Unsupported argument: An argument named \"size\" is not expected here.");
    }

    @Test
    void missingDirectoryOrVarFileIsAUsageError() throws IOException {
        CliRun run = CliRun.inWorkspace(workspace(), "hcl", "check", dir.resolve("nowhere").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("No configuration directory");
        Path config = config("");
        run = CliRun.inWorkspace(workspace(), "hcl", "check", config.toString(), "--var-file", "none.tfvars");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("none.tfvars does not exist");
    }

    @Test
    void graphAsDotAndJson() throws IOException {
        Path config = config("variable \"v\" {\n  default = 1\n}\nresource \"terraform_data\" \"r\" {\n"
                + "  input = var.v\n}\n");
        CliRun dot = CliRun.inWorkspace(workspace(), "hcl", "graph", config.toString());
        assertThat(dot.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(dot.out()).startsWith("digraph {")
                .contains("\"terraform_data.r\" [label=\"terraform_data.r\", shape=box")
                .contains("\"terraform_data.r\" -> \"var.v\"");
        CliRun json = CliRun.inWorkspace(workspace(), "hcl", "graph", config.toString(), "--format", "json");
        JsonNode graph = new ObjectMapper().readTree(json.out());
        assertThat(graph.get("nodes")).hasSize(2);
        JsonNode node = graph.get("nodes").get(1);
        assertThat(node.get("kind").asText()).isEqualTo("resource");
        assertThat(node.get("address").asText()).isEqualTo("terraform_data.r");
        assertThat(node.get("module").asText()).isEmpty();
        assertThat(node.get("file").asText()).isEqualTo("main.tf");
        JsonNode edge = graph.get("edges").get(0);
        assertThat(edge.get("from").asText()).isEqualTo("terraform_data.r");
        assertThat(edge.get("to").asText()).isEqualTo("var.v");
        assertThat(edge.get("reference").asText()).isEqualTo("var.v");
        assertThat(edge.get("start").get("line").asInt()).isEqualTo(5);
    }
}
