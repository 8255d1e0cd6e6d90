package io.dataops.workbench.terraform.project;

import java.nio.file.Path;

/** A match in a project file: 1-based line and column, the line's text, and the char offsets in the file. */
public record SearchHit(Path file, int line, int column, String lineText, int start, int end) {
}
