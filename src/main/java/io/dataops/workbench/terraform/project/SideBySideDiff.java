package io.dataops.workbench.terraform.project;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Lines of two texts side by side. The diff itself is java-diff-utils' Myers diff (well kept and
 * tested); this class only lays its deltas out as rows, pairing changed lines and padding the shorter side.
 */
public final class SideBySideDiff {

    private SideBySideDiff() {
    }

    public static List<DiffRow> of(String oldText, String newText) {
        List<String> oldLines = oldText.lines().toList();
        List<String> newLines = newText.lines().toList();
        Patch<String> patch = DiffUtils.diff(oldLines, newLines);
        List<DiffRow> rows = new ArrayList<>();
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int deltaOld = delta.getSource().getPosition();
            while (oldIndex < deltaOld) {
                rows.add(same(oldLines, oldIndex++, newIndex++));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
                boolean hasOld = i < removed.size();
                boolean hasNew = i < added.size();
                DiffRow.Kind kind = hasOld && hasNew ? DiffRow.Kind.CHANGED
                        : hasOld ? DiffRow.Kind.REMOVED : DiffRow.Kind.ADDED;
                rows.add(new DiffRow(kind,
                        hasOld ? OptionalInt.of(oldIndex + i + 1) : OptionalInt.empty(), hasOld ? removed.get(i) : "",
                        hasNew ? OptionalInt.of(newIndex + i + 1) : OptionalInt.empty(), hasNew ? added.get(i) : ""));
            }
            oldIndex += removed.size();
            newIndex += added.size();
        }
        while (oldIndex < oldLines.size()) {
            rows.add(same(oldLines, oldIndex++, newIndex++));
        }
        return List.copyOf(rows);
    }

    /** Whether any row differs. */
    public static boolean differs(List<DiffRow> rows) {
        return rows.stream().anyMatch(row -> row.kind() != DiffRow.Kind.SAME);
    }

    private static DiffRow same(List<String> lines, int oldIndex, int newIndex) {
        String text = lines.get(oldIndex);
        return new DiffRow(DiffRow.Kind.SAME, OptionalInt.of(oldIndex + 1), text, OptionalInt.of(newIndex + 1), text);
    }
}
