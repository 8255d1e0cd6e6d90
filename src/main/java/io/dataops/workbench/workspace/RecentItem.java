package io.dataops.workbench.workspace;

import java.time.Instant;

public record RecentItem(Area area, String label, String location, Instant openedAt) {
}
