package io.dataops.workbench.terraform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.testsupport.Requirements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the terraform binary offline (init without backend, validate -json, graph) for differential tests. */
final class TerraformCli {

    /** One diagnostic of {@code terraform validate -json}. */
    record TfDiagnostic(String severity, String summary, String detail, String file, int line, int column) {
    }

    private final Path binary = Requirements.terraformBinary();

    String run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("TF_IN_AUTOMATION", "1");
        builder.environment().put("CHECKPOINT_DISABLE", "1");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("terraform " + String.join(" ", args) + " timed out");
        }
        return out;
    }

    void init(Path dir) throws IOException, InterruptedException {
        run(dir, "init", "-backend=false", "-input=false", "-no-color");
    }

    List<TfDiagnostic> validate(Path dir) throws IOException, InterruptedException {
        JsonNode root = new ObjectMapper().readTree(run(dir, "validate", "-json", "-no-color"));
        List<TfDiagnostic> out = new ArrayList<>();
        for (JsonNode d : root.path("diagnostics")) {
            JsonNode range = d.path("range");
            out.add(new TfDiagnostic(d.path("severity").asText(), d.path("summary").asText(), d.path("detail").asText(),
                    range.path("filename").asText(""), range.path("start").path("line").asInt(),
                    range.path("start").path("column").asInt()));
        }
        return out;
    }
}
