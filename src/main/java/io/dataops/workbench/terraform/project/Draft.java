package io.dataops.workbench.terraform.project;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * An unsaved buffer kept in the workspace. {@code baseHash} is the hash of the file on disk the user
 * was editing, empty for a file that did not exist, so recovery can tell whether the disk moved on.
 */
public record Draft(Path file, String content, Optional<String> baseHash, Instant savedAt) {
}
