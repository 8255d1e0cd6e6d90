package io.dataops.workbench.quality.profile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What changed between two profiles of one asset; see {@link ProfileComparison}. */
public record ProfileDiff(Instant before, Instant after, long rowCountBefore, long rowCountAfter,
                          List<SchemaChange> schemaChanges, List<ColumnChange> columnChanges) {

    public enum SchemaChangeKind { ADDED, REMOVED, TYPE_CHANGED }

    public record SchemaChange(String column, SchemaChangeKind kind, Optional<String> typeBefore,
                               Optional<String> typeAfter) {
    }

    /** {@code distributionShift} is empty when it cannot be judged (no numbers and no top values). */
    public record ColumnChange(String column, double nullRatioBefore, double nullRatioAfter,
                               Optional<Double> distributionShift, boolean flagged) {
    }

    public ProfileDiff {
        schemaChanges = List.copyOf(schemaChanges);
        columnChanges = List.copyOf(columnChanges);
    }

    public long rowCountChange() {
        return rowCountAfter - rowCountBefore;
    }

    public boolean hasChanges() {
        return rowCountChange() != 0 || !schemaChanges.isEmpty() || columnChanges.stream().anyMatch(ColumnChange::flagged);
    }
}
