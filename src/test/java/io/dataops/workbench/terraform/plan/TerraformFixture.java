package io.dataops.workbench.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real terraform binary for reference output in tests (not through the code under test). */
public final class TerraformFixture {

    private final Path binary;
    private final Path dir;

    public TerraformFixture(Path binary, Path dir) {
        this.binary = binary;
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public String run(String... args) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
            builder.environment().put("CHECKPOINT_DISABLE", "1");
            builder.environment().put("TF_CLI_CONFIG_FILE", dir.resolve("none.tfrc").toString());
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("terraform " + String.join(" ", args) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public void write(String file, String content) {
        try {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), content);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Plans the current configuration into {@code name} and returns the saved plan file. */
    public Path plan(String name) {
        run("plan", "-input=false", "-no-color", "-out=" + name);
        return dir.resolve(name);
    }

    /** The paragraphs of {@code terraform show -no-color}, each with its wrapped lines joined by one space. */
    public List<String> showParagraphs(Path planFile) {
        String text = run("show", "-no-color", planFile.toString());
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            paragraphs.add(String.join(" ", block.strip().lines().map(String::strip).toList()));
        }
        return paragraphs;
    }

    public String showJson(Path planFile) {
        return run("show", "-json", planFile.toString());
    }

    /** Each resource change's address and its action list, as the JSON has them. */
    public static Map<String, List<String>> actionsOf(String json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        Map<String, List<String>> actions = new LinkedHashMap<>();
        for (JsonNode change : root.path("resource_changes")) {
            List<String> list = new ArrayList<>();
            change.path("change").path("actions").forEach(a -> list.add(a.asText()));
            actions.put(change.path("address").asText(), list);
        }
        return actions;
    }
}
