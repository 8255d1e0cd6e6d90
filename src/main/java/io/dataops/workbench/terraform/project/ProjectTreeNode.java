package io.dataops.workbench.terraform.project;

import java.nio.file.Path;
import java.util.List;

/** A folder (a module) or an editable file of a project; folders list folders first, then files, by name. */
public record ProjectTreeNode(Path path, String name, boolean folder, List<ProjectTreeNode> children) {

    public ProjectTreeNode {
        children = List.copyOf(children);
    }

    /** The editable files below this node, depth first. */
    public List<Path> files() {
        if (!folder) {
            return List.of(path);
        }
        return children.stream().flatMap(child -> child.files().stream()).toList();
    }
}
