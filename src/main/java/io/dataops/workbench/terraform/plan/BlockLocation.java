package io.dataops.workbench.terraform.plan;

import java.nio.file.Path;

/** Where a resource's block is written: the file and the 1-based line of its {@code resource "T" "N"} header. */
public record BlockLocation(String address, Path file, int line) {
}
