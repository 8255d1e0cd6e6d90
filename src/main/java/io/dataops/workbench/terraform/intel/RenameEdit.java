package io.dataops.workbench.terraform.intel;

import java.nio.file.Path;

/** One replacement of a rename: chars [start, end) of {@code file} become {@code text}; {@code line} to show. */
public record RenameEdit(Path file, int start, int end, String text, int line, String before) {
}
