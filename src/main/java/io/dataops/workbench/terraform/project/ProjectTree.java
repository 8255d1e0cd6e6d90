package io.dataops.workbench.terraform.project;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads a project folder into a tree of its Terraform files and the folders (modules) holding some. */
public final class ProjectTree {

    /** Deep enough for nested modules, shallow enough that a mistaken home-folder pick stays quick. */
    private static final int MAX_DEPTH = 8;

    private ProjectTree() {
    }

    public static ProjectTreeNode read(Path root, TaskContext context) {
        if (!Files.isDirectory(root)) {
            throw new UserFacingException("The project folder " + root + " does not exist or is not a folder.");
        }
        try {
            return folder(root.toAbsolutePath().normalize(), 0, context, true);
        } catch (IOException e) {
            throw new UserFacingException("Could not read the project folder " + root + ": " + e.getMessage(), e);
        }
    }

    private static ProjectTreeNode folder(Path folder, int depth, TaskContext context, boolean root) throws IOException {
        context.checkCancelled();
        List<ProjectTreeNode> folders = new ArrayList<>();
        List<ProjectTreeNode> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    if (depth < MAX_DEPTH && !TerraformFileKinds.isHiddenFolder(name)) {
                        ProjectTreeNode child = folder(entry, depth + 1, context, false);
                        if (!child.children().isEmpty()) {
                            folders.add(child);
                        }
                    }
                } else if (TerraformFileKinds.isEditable(name) && Files.isRegularFile(entry)) {
                    files.add(new ProjectTreeNode(entry, name, false, List.of()));
                }
            }
        }
        folders.sort(Comparator.comparing(ProjectTreeNode::name));
        files.sort(Comparator.comparing(ProjectTreeNode::name));
        List<ProjectTreeNode> children = new ArrayList<>(folders);
        children.addAll(files);
        String name = root ? folder.getFileName() == null ? folder.toString() : folder.getFileName().toString()
                : folder.getFileName().toString();
        return new ProjectTreeNode(folder, name, true, children);
    }
}
