package io.dataops.workbench.quality.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two profiles of an asset (older, newer): schema changes, the row-count change, and per column
 * the null-rate change and a distribution shift. The shift is, for numbers, how far the median and mean
 * moved in units of the older spread (IQR or stddev); for other columns, the total variation distance
 * between the shares of the top values. Shifts above {@link #SHIFT_THRESHOLD} are flagged.
 */
public final class ProfileComparison {

    public static final double SHIFT_THRESHOLD = 0.25;
    public static final double NULL_RATE_THRESHOLD = 0.05;

    private ProfileComparison() {
    }

    public static ProfileDiff compare(TableProfile before, TableProfile after) {
        Map<String, ColumnSchema> oldSchema = new HashMap<>();
        before.schema().forEach(c -> oldSchema.put(c.name(), c));
        List<ProfileDiff.SchemaChange> schemaChanges = new ArrayList<>();
        List<ProfileDiff.ColumnChange> columnChanges = new ArrayList<>();
        for (ColumnSchema now : after.schema()) {
            ColumnSchema then = oldSchema.remove(now.name());
            if (then == null) {
                schemaChanges.add(new ProfileDiff.SchemaChange(now.name(), ProfileDiff.SchemaChangeKind.ADDED,
                        Optional.empty(), Optional.of(now.declaredType())));
            } else if (!then.declaredType().equalsIgnoreCase(now.declaredType())) {
                schemaChanges.add(new ProfileDiff.SchemaChange(now.name(), ProfileDiff.SchemaChangeKind.TYPE_CHANGED,
                        Optional.of(then.declaredType()), Optional.of(now.declaredType())));
            }
            before.column(now.name()).ifPresent(old -> after.column(now.name())
                    .ifPresent(fresh -> columnChanges.add(columnChange(old, fresh))));
        }
        oldSchema.values().forEach(gone -> schemaChanges.add(new ProfileDiff.SchemaChange(gone.name(),
                ProfileDiff.SchemaChangeKind.REMOVED, Optional.of(gone.declaredType()), Optional.empty())));
        return new ProfileDiff(before.profiledAt(), after.profiledAt(), before.rowCount(), after.rowCount(),
                schemaChanges, columnChanges);
    }

    private static ProfileDiff.ColumnChange columnChange(ColumnProfile old, ColumnProfile fresh) {
        Optional<Double> shift = old.numeric().isPresent() && fresh.numeric().isPresent()
                ? numericShift(old.numeric().get(), fresh.numeric().get())
                : topValueShift(old, fresh);
        double nullDelta = fresh.nullRatio() - old.nullRatio();
        boolean flagged = Math.abs(nullDelta) > NULL_RATE_THRESHOLD || shift.map(s -> s > SHIFT_THRESHOLD).orElse(false);
        return new ProfileDiff.ColumnChange(fresh.name(), old.nullRatio(), fresh.nullRatio(), shift, flagged);
    }

    private static Optional<Double> numericShift(NumericStats old, NumericStats fresh) {
        Double oldMedian = old.quantiles().get("0.5");
        Double newMedian = fresh.quantiles().get("0.5");
        Double q1 = old.quantiles().get("0.25");
        Double q3 = old.quantiles().get("0.75");
        double spread = q1 != null && q3 != null && q3 > q1 ? q3 - q1 : old.stddev().orElse(0.0);
        if (spread <= 0) {
            return Optional.of(old.mean() == fresh.mean() ? 0.0 : 1.0);
        }
        double meanShift = Math.abs(fresh.mean() - old.mean()) / old.stddev().filter(s -> s > 0).orElse(spread);
        double medianShift = oldMedian != null && newMedian != null ? Math.abs(newMedian - oldMedian) / spread : 0;
        return Optional.of(Math.max(meanShift, medianShift));
    }

    private static Optional<Double> topValueShift(ColumnProfile old, ColumnProfile fresh) {
        if (old.topValues().isEmpty() || fresh.topValues().isEmpty() || old.nonNullCount() == 0
                || fresh.nonNullCount() == 0) {
            return Optional.empty();
        }
        Map<String, Double> oldShares = shares(old);
        Map<String, Double> newShares = shares(fresh);
        java.util.Set<String> values = new java.util.HashSet<>(oldShares.keySet());
        values.addAll(newShares.keySet());
        double distance = 0;
        for (String value : values) {
            distance += Math.abs(oldShares.getOrDefault(value, 0.0) - newShares.getOrDefault(value, 0.0));
        }
        return Optional.of(distance / 2);
    }

    private static Map<String, Double> shares(ColumnProfile column) {
        Map<String, Double> shares = new HashMap<>();
        column.topValues().forEach(v -> shares.put(v.value(), (double) v.count() / column.nonNullCount()));
        return shares;
    }
}
