package io.dataops.workbench.hcl.format;

import io.dataops.workbench.testsupport.Requirements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the real {@code terraform fmt} over many inputs at once: writes each as a file into a temporary
 * folder, runs {@code terraform fmt -recursive} once (one process start instead of hundreds), and reads
 * the files back. Files (not stdin) because terraform's stdin output goes through its UI writer, which
 * adjusts trailing line breaks.
 */
final class TerraformFmt {
    private static final Pattern ERROR_LOCATION = Pattern.compile("on (\\S+\\.tf) line \\d+");

    /** What terraform did with each input: its output, or null if it refused the input (syntax error). */
    static Map<String, String> format(Map<String, String> inputs, Path workDir) {
        Path terraform = Requirements.terraformBinary();
        try {
            Path dir = Files.createDirectories(workDir.resolve("fmt"));
            Map<String, Path> files = new LinkedHashMap<>();
            int n = 0;
            for (Map.Entry<String, String> input : inputs.entrySet()) {
                Path file = dir.resolve(String.format("case%05d.tf", n++));
                Files.writeString(file, input.getValue(), StandardCharsets.UTF_8);
                files.put(input.getKey(), file);
            }
            Path config = Files.writeString(workDir.resolve("empty.tfrc"), "");
            ProcessBuilder pb = new ProcessBuilder(terraform.toString(), "fmt", "-no-color", "-list=false", "-recursive", ".")
                    .directory(dir.toFile());
            pb.environment().put("TF_CLI_CONFIG_FILE", config.toString());
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Path stderr = workDir.resolve("stderr.txt");
            pb.redirectError(stderr.toFile());
            Process process = pb.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("terraform fmt did not finish in 120 s");
            }
            Set<String> refused = new TreeSet<>();
            Matcher m = ERROR_LOCATION.matcher(Files.readString(stderr));
            while (m.find()) {
                refused.add(Path.of(m.group(1)).getFileName().toString());
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (Map.Entry<String, Path> file : files.entrySet()) {
                boolean wasRefused = refused.contains(file.getValue().getFileName().toString());
                out.put(file.getKey(), wasRefused ? null : Files.readString(file.getValue(), StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
