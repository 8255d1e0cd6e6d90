package io.dataops.workbench.terraform.project;

import io.dataops.workbench.common.UserFacingException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Creating, renaming and deleting files of a project. Names are checked (a Terraform file kind, no path
 * separators, inside the project), and a deleted file's content is kept as a revision first.
 */
public final class ProjectFileOperations {

    private final Path root;
    private final RevisionStore revisions;

    public ProjectFileOperations(Path root, RevisionStore revisions) {
        this.root = root.toAbsolutePath().normalize();
        this.revisions = revisions;
    }

    /** Creates an empty file {@code name} in {@code folder} (a folder of the project, or the project itself). */
    public Path create(Path folder, String name) {
        Path file = inside(folder.resolve(checkedName(name)));
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new UserFacingException("A file named " + name + " already exists in " + folder + ".", e);
        } catch (IOException e) {
            throw new UserFacingException("Could not create " + file + ": " + e.getMessage(), e);
        }
    }

    public Path rename(Path file, String newName) {
        Path target = inside(file.resolveSibling(checkedName(newName)));
        if (Files.exists(target)) {
            throw new UserFacingException("A file named " + newName + " already exists; choose another name.");
        }
        try {
            return Files.move(inside(file), target);
        } catch (IOException e) {
            throw new UserFacingException("Could not rename " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the file after recording its content, so the History can still bring it back. */
    public void delete(Path file) {
        Path checked = inside(file);
        EditorFiles.read(checked).content().ifPresent(content -> revisions.record(checked, content, RevisionReason.DELETED));
        try {
            Files.deleteIfExists(checked);
        } catch (IOException e) {
            throw new UserFacingException("Could not delete " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static String checkedName(String name) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.contains("/") || trimmed.contains("\\") || trimmed.equals("..")) {
            throw new UserFacingException("'" + name + "' is not a file name; use a plain name such as network.tf.");
        }
        if (!TerraformFileKinds.isEditable(trimmed)) {
            throw new UserFacingException("'" + name + "' is not a Terraform file; the name must end with one of "
                    + String.join(", ", TerraformFileKinds.EXTENSIONS) + ".");
        }
        return trimmed;
    }

    private Path inside(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        if (!normalized.startsWith(root)) {
            throw new UserFacingException(path + " is outside the project folder " + root + ".");
        }
        return normalized;
    }
}
