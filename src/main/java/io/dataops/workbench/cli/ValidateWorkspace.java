package io.dataops.workbench.cli;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.checkpoint.Checkpoint;
import io.dataops.workbench.quality.validation.checkpoint.CheckpointJson;
import io.dataops.workbench.quality.validation.checkpoint.MetricSink;
import io.dataops.workbench.quality.validation.store.ValidationStore;
import io.dataops.workbench.quality.validation.store.WorkspaceMetricSink;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import io.dataops.workbench.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The workspace as `dataops validate` uses it: only if it already exists (files, URLs and checkpoint files run
 * without one, and none is created), opened on first need. Resolves suites and checkpoints given as a file or
 * as a workspace name.
 */
final class ValidateWorkspace implements AutoCloseable {

    private final Path directory;
    private Workspace workspace;

    ValidateWorkspace(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    Optional<Workspace> workspace() {
        if (workspace == null && Files.exists(directory.resolve("workspace.mv.db"))) {
            workspace = Workspace.open(directory);
        }
        return Optional.ofNullable(workspace);
    }

    Optional<QualityWorkspace> quality() {
        return workspace().map(w -> new QualityWorkspace(w, SecretKeyFile.inUserConfig(System.getenv()), System.getenv()));
    }

    Optional<ValidationStore> store() {
        return workspace().map(w -> new ValidationStore(w::connect));
    }

    Optional<MetricSink> metrics() {
        return workspace().map(w -> new WorkspaceMetricSink(w::connect));
    }

    /** A suite file (relative to {@code base}), else a workspace suite of that name. */
    ExpectationSuite suite(String nameOrFile, Path base) {
        Path file = base.resolve(nameOrFile);
        if (Files.isRegularFile(file)) {
            return SuiteJson.read(file);
        }
        if (looksLikeFile(nameOrFile)) {
            throw new UserFacingException("The suite file " + file + " does not exist.");
        }
        return store().flatMap(s -> s.findSuite(nameOrFile)).orElseThrow(() -> new UserFacingException("'" + nameOrFile
                + "' is neither a suite file nor a suite of the workspace " + directory + "."));
    }

    /** A checkpoint file with the directory its relative paths start from, else a workspace checkpoint. */
    Loaded checkpoint(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            try {
                String fallback = file.getFileName().toString().replaceFirst("\\.json$", "");
                Path base = file.toAbsolutePath().getParent();
                return new Loaded(CheckpointJson.parse(Files.readString(file), fallback), base);
            } catch (IOException e) {
                throw new UserFacingException("Could not read the checkpoint " + file + ": " + e.getMessage(), e);
            }
        }
        if (looksLikeFile(nameOrFile)) {
            throw new UserFacingException("The checkpoint file " + file + " does not exist.");
        }
        String json = store().flatMap(s -> s.findCheckpoint(nameOrFile)).orElseThrow(() -> new UserFacingException("'"
                + nameOrFile + "' is neither a checkpoint file nor a checkpoint of the workspace " + directory + "."));
        return new Loaded(CheckpointJson.parse(json, nameOrFile), Path.of("").toAbsolutePath());
    }

    record Loaded(Checkpoint checkpoint, Path base) {
    }

    private static boolean looksLikeFile(String name) {
        return name.endsWith(".json") || name.contains("/") || name.contains("\\");
    }

    @Override
    public void close() {
        if (workspace != null) {
            workspace.close();
        }
    }
}
