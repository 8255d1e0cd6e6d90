package io.dataops.workbench.terraform;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The files of a Terraform project folder, without Terraform's own working directories. */
public final class ProjectFiles {

    /** A file by its path relative to the project folder, with its size in bytes. */
    public record ProjectFile(String path, long sizeBytes) {
    }

    private static final int MAX_FILES = 2_000;

    private ProjectFiles() {
    }

    public static List<ProjectFile> list(Path folder, TaskContext context) {
        if (!Files.isDirectory(folder)) {
            throw new UserFacingException("The project folder " + folder + " does not exist or is not a folder.");
        }
        context.message("Listing " + folder.getFileName());
        List<ProjectFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                context.checkCancelled();
                Path relative = folder.relativize(path);
                if (files.size() >= MAX_FILES || isTerraformWorkDir(relative) || !Files.isRegularFile(path)) {
                    continue;
                }
                files.add(new ProjectFile(relative.toString().replace('\\', '/'), Files.size(path)));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserFacingException("Could not read the project folder " + folder + ": " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(ProjectFile::path));
        return List.copyOf(files);
    }

    private static boolean isTerraformWorkDir(Path relative) {
        return relative.getNameCount() > 0 && (relative.getName(0).toString().equals(".terraform")
                || relative.toString().startsWith(".git"));
    }
}
