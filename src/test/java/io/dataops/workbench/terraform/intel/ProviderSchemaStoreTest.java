package io.dataops.workbench.terraform.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.config.ProviderSchema;
import io.dataops.workbench.terraform.run.TerraformCommands;
import io.dataops.workbench.terraform.run.TerraformTool;
import io.dataops.workbench.testsupport.Requirements;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderSchemaStoreTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private ProviderSchemaStore store;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws"));
        store = new ProviderSchemaStore(workspace::connect);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static String fixture() throws Exception {
        return new String(ProviderSchemaStoreTest.class.getResourceAsStream("/intel/aws-like-schema.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aSavedSchemaIsKeyedByTheLockedVersionAndTheMatchingVersionIsLoaded() throws Exception {
        String aws = "registry.terraform.io/hashicorp/aws";
        store.save(fixture(), Map.of(aws, "5.1.0"));
        store.save(fixture().replace("The name of the bucket", "Bucket name in 5.2"), Map.of(aws, "5.2.0"));
        assertThat(store.list()).containsExactly(new ProviderSchemaStore.Entry(aws, "5.1.0"),
                new ProviderSchemaStore.Entry(aws, "5.2.0"));

        ProviderSchema old = store.load(Map.of(aws, "5.1.0")).orElseThrow();
        assertThat(old.resource(true, "aws_s3_bucket").orElseThrow().attributes().get("bucket").description())
                .isEqualTo("The name of the bucket");
        ProviderSchema newer = store.load(Map.of(aws, "5.2.0")).orElseThrow();
        assertThat(newer.resource(true, "aws_s3_bucket").orElseThrow().attributes().get("bucket").description())
                .isEqualTo("Bucket name in 5.2");
        assertThat(store.load(Map.of()).orElseThrow().resource(true, "aws_instance")).isPresent();
    }

    @Test
    void importingAFileReadsTheProjectsLockFile() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve(".terraform.lock.hcl"), """
                provider "registry.terraform.io/hashicorp/aws" {
                  version     = "5.31.0"
                  constraints = "~> 5.0"
                  hashes = [
                    "h1:abc=",
                  ]
                }
                """);
        Path file = dir.resolve("schema.json");
        Files.writeString(file, fixture());
        List<ProviderSchemaStore.Entry> stored = new SchemaImport(store).fromFile(file, project);
        assertThat(stored).containsExactly(new ProviderSchemaStore.Entry("registry.terraform.io/hashicorp/aws", "5.31.0"));
        Files.writeString(file, "{\"not\": \"a schema\"}");
        assertThatThrownBy(() -> new SchemaImport(store).fromFile(file, project))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("provider_schemas");
    }

    @Test
    void theBuiltInTerraformProvidersSchemaComesFromTheBinaryAfterInit() throws Exception {
        Path binary = Requirements.terraformBinary();
        Path project = Files.createDirectories(dir.resolve("builtin"));
        Files.writeString(project.resolve("main.tf"), "resource \"terraform_data\" \"x\" {\n  input = 1\n}\n");
        TerraformCommands terraform = new TerraformCommands(TerraformTool.of(binary.toString()));
        terraform.init(project, line -> { }, TaskContext.none());
        List<ProviderSchemaStore.Entry> stored = new SchemaImport(store).fromProject(terraform, project, TaskContext.none());
        assertThat(stored).extracting(ProviderSchemaStore.Entry::source).contains("terraform.io/builtin/terraform");

        ProviderSchema schema = store.load(ProviderLocks.read(project)).orElseThrow();
        ProviderSchema.Block data = schema.resource(true, "terraform_data").orElseThrow();
        assertThat(data.attributes()).containsKeys("input", "output", "triggers_replace");
        String text = "resource \"terraform_data\" \"y\" {\n  tri";
        assertThat(Completer.at(Optional.empty(), Optional.of(schema), project.resolve("main.tf"), text, text.length())
                .items()).extracting(CompletionItem::label).containsExactly("triggers_replace");
    }
}
