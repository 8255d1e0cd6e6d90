package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.profile.ProfileComparison;
import io.dataops.workbench.quality.profile.ProfileDiff;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link ProfileDiff} into the rows of the comparison table, flagged changes first per kind. */
final class ComparisonRows {

    private static final String TABLE = "(table)";

    private ComparisonRows() {
    }

    static List<ChangeRow> of(ProfileDiff diff) {
        List<ChangeRow> rows = new ArrayList<>();
        rows.add(new ChangeRow(TABLE, "rows", ProfileFormat.count(diff.rowCountBefore()),
                ProfileFormat.count(diff.rowCountAfter()) + delta(diff.rowCountChange()), diff.rowCountChange() != 0));
        for (ProfileDiff.SchemaChange change : diff.schemaChanges()) {
            String aspect = switch (change.kind()) {
                case ADDED -> "column added";
                case REMOVED -> "column removed";
                case TYPE_CHANGED -> "type changed";
            };
            rows.add(new ChangeRow(change.column(), aspect, change.typeBefore().orElse("\u2014"),
                    change.typeAfter().orElse("\u2014"), true));
        }
        for (ProfileDiff.ColumnChange change : diff.columnChanges()) {
            boolean nullShift = Math.abs(change.nullRatioAfter() - change.nullRatioBefore())
                    > ProfileComparison.NULL_RATE_THRESHOLD;
            rows.add(new ChangeRow(change.column(), "null %", ProfileFormat.percent(change.nullRatioBefore()),
                    ProfileFormat.percent(change.nullRatioAfter()), nullShift));
            change.distributionShift().ifPresent(shift -> rows.add(new ChangeRow(change.column(), "distribution",
                    "", "shift " + String.format(java.util.Locale.ROOT, "%.2f", shift),
                    shift > ProfileComparison.SHIFT_THRESHOLD)));
        }
        return rows;
    }

    private static String delta(long change) {
        return change == 0 ? "" : " (" + (change > 0 ? "+" : "\u2212") + ProfileFormat.count(Math.abs(change)) + ")";
    }
}
