package io.dataops.workbench.terraform.graph;

/**
 * {@code from} uses {@code to} (a reference or a {@code depends_on}). Either end may be a module path, standing
 * for the module call (its arguments, or its outputs as a whole).
 */
public record GraphEdge(String from, String to) {
}
