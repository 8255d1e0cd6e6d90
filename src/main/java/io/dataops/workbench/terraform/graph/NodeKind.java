package io.dataops.workbench.terraform.graph;

/** What a node of the graph stands for. A module call is not a node: it is the module's group. */
public enum NodeKind {
    RESOURCE, DATA, OUTPUT, VARIABLE, LOCAL;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
