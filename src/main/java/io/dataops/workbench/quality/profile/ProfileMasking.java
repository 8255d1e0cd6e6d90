package io.dataops.workbench.quality.profile;

import java.util.List;

/**
 * Hides values for sensitive data in stored profiles and exports: sample values, top values (their counts
 * stay, so the distribution is still visible) and the min/max of text columns, which are values too.
 * Numbers and dates keep their statistics: they describe the column, not a person.
 */
public final class ProfileMasking {

    public static final String MASK = "***";

    private ProfileMasking() {
    }

    public static TableProfile mask(TableProfile profile) {
        if (profile.masked()) {
            return profile;
        }
        List<ColumnProfile> columns = profile.columns().stream().map(ProfileMasking::mask).toList();
        return new TableProfile(profile.asset(), profile.profiledAt(), profile.rowCount(), profile.duplicateRows(),
                profile.newestTimestamp(), profile.sampleRows(), true, profile.schema(), columns);
    }

    private static ColumnProfile mask(ColumnProfile column) {
        boolean text = column.kind() == ColumnKind.TEXT || column.kind() == ColumnKind.OTHER;
        return column.withValues(
                text ? column.min().map(v -> MASK) : column.min(),
                text ? column.max().map(v -> MASK) : column.max(),
                column.topValues().stream().map(v -> new ValueCount(MASK, v.count())).toList(),
                column.sampleValues().stream().map(v -> MASK).toList());
    }

    /** Masks only when asked (the workspace setting, or the CLI's --mask). */
    public static TableProfile maskIf(boolean mask, TableProfile profile) {
        return mask ? mask(profile) : profile;
    }
}
