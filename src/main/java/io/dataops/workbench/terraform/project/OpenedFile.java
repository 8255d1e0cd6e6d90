package io.dataops.workbench.terraform.project;

import java.nio.file.Path;
import java.util.Optional;

/** A file as the editor loads it: the disk content and hash, and a draft left from an earlier session. */
public record OpenedFile(Path file, String diskContent, String diskHash, Optional<Draft> draft) {
}
