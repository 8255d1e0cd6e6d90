package io.dataops.workbench.terraform.intel;

import java.nio.file.Path;

/** A stretch of a file: char offsets [start, end) of its text, and the 1-based line of {@code start}. */
public record Location(Path file, int start, int end, int line) {
}
