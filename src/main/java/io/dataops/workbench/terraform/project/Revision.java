package io.dataops.workbench.terraform.project;

import java.nio.file.Path;
import java.time.Instant;

/** One recorded content of a file, without the content itself (see {@link RevisionStore#content}). */
public record Revision(long id, Path file, Instant createdAt, RevisionReason reason, String contentHash,
                       int lengthChars) {
}
