package io.dataops.workbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.testsupport.Requirements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples are real Terraform: formatted as terraform fmt writes them, and the offline one applies. */
class OfflineTerraformSampleTest {

    @TempDir
    Path root;

    @Test
    void theOfflineSampleInitsPlansAndAppliesWithoutNetwork() throws Exception {
        Path terraform = Requirements.terraformBinary();
        Path copy = root.resolve("offline-copy");
        try (Workspace workspace = Workspace.open(root.resolve("ws"))) {
            copyTree(workspace.directory().resolve("samples").resolve(SampleCatalog.TERRAFORM_OFFLINE), copy);
        }

        assertThat(run(terraform, copy, "init", "-input=false", "-no-color")).contains("initialized");
        assertThat(run(terraform, copy, "plan", "-input=false", "-no-color", "-out=tfplan")).contains("2 to add");
        assertThat(run(terraform, copy, "apply", "-input=false", "-no-color", "-auto-approve", "tfplan"))
                .contains("Apply complete! Resources: 2 added", "server_name = \"dev-app-server\"");
    }

    @Test
    void bothSamplesAreFormattedAsTerraformFmtWritesThem() throws Exception {
        Path terraform = Requirements.terraformBinary();
        try (Workspace workspace = Workspace.open(root.resolve("ws"))) {
            run(terraform, workspace.directory().resolve("samples"), "fmt", "-check", "-recursive", "-no-color");
        }
    }

    private static String run(Path terraform, Path directory, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(terraform.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("CHECKPOINT_DISABLE", "1");
        builder.environment().put("TF_IN_AUTOMATION", "1");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("terraform %s finished", args[0]).isTrue();
        assertThat(process.exitValue()).as("terraform %s exit code; output:%n%s", args[0], output).isZero();
        return output;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                }
            }
        }
    }
}
