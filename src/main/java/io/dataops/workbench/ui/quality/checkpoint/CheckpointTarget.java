package io.dataops.workbench.ui.quality.checkpoint;

import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.DataSource;

/** What a new checkpoint validates: the profiled asset (a table or query) of its source. */
public record CheckpointTarget(DataSource source, AssetRef asset) {
}
