package io.dataops.workbench.workspace;

import java.nio.file.Path;

/** What {@code dataops workspace info} prints. */
public record WorkspaceInfo(Path directory, String schemaVersion, String latestKnownVersion, long sizeBytes,
                            int projects, int samples) {
}
