package io.dataops.workbench.terraform;

import io.dataops.workbench.common.ProcessTree;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs {@code <binary> version} (terraform or tofu) and returns its first line; cancelling kills the process tree. */
public final class TerraformVersionCheck {

    private TerraformVersionCheck() {
    }

    public static String run(String binary, TaskContext context) {
        if (binary == null || binary.isBlank()) {
            throw new UserFacingException("No Terraform binary is set. Choose the terraform or tofu program first.");
        }
        context.message("Running " + Path.of(binary).getFileName() + " version");
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(binary, "version")).redirectErrorStream(true);
            builder.environment().put("CHECKPOINT_DISABLE", "1"); // no update check over the network
            process = builder.start();
        } catch (IOException e) {
            throw new UserFacingException("Could not run " + binary + ": " + e.getMessage()
                    + ". Check that the path points to the terraform or tofu program.", e);
        }
        try (TaskContext.Registration ignored = ProcessTree.killOnCancel(process, context);
             InputStream output = process.getInputStream()) {
            String text = new String(output.readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = process.waitFor();
            context.checkCancelled();
            if (exit != 0) {
                throw new UserFacingException(binary + " version ended with exit code " + exit + ": " + versionLine(text));
            }
            return versionLine(text);
        } catch (IOException e) {
            context.checkCancelled();
            throw new UserFacingException("Could not read the output of " + binary + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            ProcessTree.kill(process.toHandle());
            Thread.currentThread().interrupt();
            context.checkCancelled();
            throw new UserFacingException("The check of " + binary + " was interrupted.", e);
        }
    }

    /** The "Terraform v1.11.4" / "OpenTofu v1.9.0" line, else the first line (warnings may come first). */
    static String versionLine(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return lines.stream().filter(line -> line.matches("(?i)(terraform|opentofu) v\\S+.*")).findFirst()
                .orElse(lines.isEmpty() ? "" : lines.get(0));
    }
}
