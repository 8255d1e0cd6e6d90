package io.dataops.workbench.quality.store;

import java.time.Instant;

/** A profile kept in the workspace, as listed (the profile itself is loaded by id). */
public record StoredProfile(long id, String sourceName, String asset, Instant profiledAt, long rowCount) {
}
