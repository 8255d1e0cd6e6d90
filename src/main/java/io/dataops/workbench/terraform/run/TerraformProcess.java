package io.dataops.workbench.terraform.run;

import io.dataops.workbench.common.ProcessTree;
import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one terraform command in a project folder on the calling thread: output lines stream to a callback as
 * they come, cancelling kills the whole process tree, a non-zero exit becomes a {@link TerraformFailure} with
 * terraform's own error text. Arguments are never logged (they may hold {@code -var} secrets).
 */
final class TerraformProcess {

    private static final Logger LOG = LoggerFactory.getLogger(TerraformProcess.class);
    private static final int TAIL_LINES = 400;

    /** Reads a command's stdout (the JSON of {@code show -json}) while it runs. */
    interface OutputReader<T> {
        T read(InputStream stdout) throws IOException;
    }

    private final TerraformTool tool;

    TerraformProcess(TerraformTool tool) {
        this.tool = tool;
    }

    /** Runs and streams merged stdout/stderr, colours stripped; returns the output lines kept (the last 400). */
    List<String> run(Path dir, String title, List<String> args, Consumer<String> lines, TaskContext context) {
        Process process = start(dir, title, args, true);
        Deque<String> tail = new ArrayDeque<>();
        try (TaskContext.Registration ignored = ProcessTree.killOnCancel(process, context);
             BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                     StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String plain = TerminalText.strip(line);
                lines.accept(plain);
                tail.addLast(plain);
                if (tail.size() > TAIL_LINES) {
                    tail.removeFirst();
                }
            }
            finish(process, title, new ArrayList<>(tail), context);
            return new ArrayList<>(tail);
        } catch (IOException e) {
            context.checkCancelled();
            throw new UserFacingException("Could not read the output of " + title + ": " + e.getMessage(), e);
        } finally {
            ensureStopped(process);
        }
    }

    /** Runs and hands stdout to {@code reader}; stderr goes to a temporary file, shown only on failure. */
    <T> T read(Path dir, String title, List<String> args, OutputReader<T> reader, TaskContext context) {
        Path stderr = tempFile();
        Process process = start(dir, title, args, false, stderr);
        try (TaskContext.Registration ignored = ProcessTree.killOnCancel(process, context);
             InputStream stdout = process.getInputStream()) {
            T result;
            try {
                result = reader.read(stdout);
            } catch (RuntimeException | IOException e) {
                context.checkCancelled();
                finish(process, title, Files.readAllLines(stderr, StandardCharsets.UTF_8), context);
                throw e;
            }
            stdout.transferTo(java.io.OutputStream.nullOutputStream());
            finish(process, title, Files.readAllLines(stderr, StandardCharsets.UTF_8), context);
            return result;
        } catch (IOException e) {
            context.checkCancelled();
            throw new UserFacingException("Could not read the output of " + title + ": " + e.getMessage(), e);
        } finally {
            ensureStopped(process);
            deleteQuietly(stderr);
        }
    }

    private Process start(Path dir, String title, List<String> args, boolean mergeErrors) {
        return start(dir, title, args, mergeErrors, null);
    }

    private Process start(Path dir, String title, List<String> args, boolean mergeErrors, Path stderr) {
        List<String> command = new ArrayList<>();
        command.add(tool.binary());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(tool.environment());
        if (mergeErrors) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(stderr.toFile());
        }
        LOG.info("Running {} in {}", title, dir);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UserFacingException(tool.notFoundMessage(e.getMessage()), e);
        }
    }

    private static void finish(Process process, String title, List<String> output, TaskContext context) {
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            ProcessTree.kill(process.toHandle());
            Thread.currentThread().interrupt();
            context.checkCancelled();
            throw new UserFacingException(title + " was interrupted.", e);
        }
        context.checkCancelled();
        if (exit != 0) {
            LOG.warn("{} ended with exit code {}", title, exit);
            throw new TerraformFailure(title, exit, TerraformFailure.errorText(
                    output.stream().map(TerminalText::strip).toList()));
        }
    }

    private static void ensureStopped(Process process) {
        if (process.isAlive()) {
            ProcessTree.kill(process.toHandle());
        }
    }

    private static Path tempFile() {
        try {
            return Files.createTempFile("dataops-terraform-", ".err");
        } catch (IOException e) {
            throw new UserFacingException("Could not create a temporary file: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", file, e);
        }
    }
}
