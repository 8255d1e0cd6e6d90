package io.dataops.workbench.workspace;

/**
 * Something the user works on in one area: a Terraform project folder on disk, or a data asset
 * (for the sample, a table in the workspace). {@code location} is a folder path or a table name.
 */
public record Project(long id, String name, Area area, String location, String description, boolean sample) {
}
