package io.dataops.workbench.quality.suite;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Compares two versions of a suite: expectation by expectation, and as text. */
public final class SuiteDiffer {

    private SuiteDiffer() {
    }

    public static SuiteDiff diff(SuiteVersion from, SuiteVersion to) {
        List<ExpectationChange> changes = changes(from.suite(), to.suite());
        List<String> before = from.json().lines().toList();
        List<String> after = to.json().lines().toList();
        List<String> unified = before.equals(after) ? List.of() : UnifiedDiffUtils.generateUnifiedDiff(
                from.suiteName() + " v" + from.version(), to.suiteName() + " v" + to.version(), before,
                DiffUtils.diff(before, after), 3);
        return new SuiteDiff(to.suiteName(), from.version(), to.version(), changes, String.join("\n", unified));
    }

    /**
     * Pairs expectations by key (id, else type + column(s)); among equal keys, in order. Unpaired ones are
     * removed or added; paired ones that differ are changed.
     */
    public static List<ExpectationChange> changes(ExpectationSuite from, ExpectationSuite to) {
        Map<String, List<ExpectationConfig>> remaining = new LinkedHashMap<>();
        for (ExpectationConfig config : from.expectations()) {
            remaining.computeIfAbsent(key(config), k -> new ArrayList<>()).add(config);
        }
        List<ExpectationChange> changes = new ArrayList<>();
        List<ExpectationChange> added = new ArrayList<>();
        for (ExpectationConfig after : to.expectations()) {
            List<ExpectationConfig> candidates = remaining.get(key(after));
            if (candidates == null || candidates.isEmpty()) {
                added.add(new ExpectationChange(ExpectationChange.Kind.ADDED, after.type(), column(after),
                        Optional.empty(), Optional.of(after), List.of(), false));
                continue;
            }
            ExpectationConfig before = candidates.remove(0);
            List<KwargChange> kwargs = kwargChanges(before.kwargs(), after.kwargs());
            boolean meta = !before.meta().equals(after.meta()) || !before.notes().equals(after.notes());
            if (!kwargs.isEmpty() || meta) {
                changes.add(new ExpectationChange(ExpectationChange.Kind.CHANGED, after.type(), column(after),
                        Optional.of(before), Optional.of(after), kwargs, meta));
            }
        }
        for (List<ExpectationConfig> left : remaining.values()) {
            for (ExpectationConfig before : left) {
                changes.add(new ExpectationChange(ExpectationChange.Kind.REMOVED, before.type(), column(before),
                        Optional.of(before), Optional.empty(), List.of(), false));
            }
        }
        changes.addAll(added);
        return changes;
    }

    static List<KwargChange> kwargChanges(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<KwargChange> changes = new ArrayList<>();
        for (String key : keys) {
            boolean inBefore = before.containsKey(key);
            boolean inAfter = after.containsKey(key);
            if (inBefore != inAfter || !sameValue(before.get(key), after.get(key))) {
                changes.add(new KwargChange(key, inBefore ? Optional.ofNullable(before.get(key)) : Optional.empty(),
                        inAfter ? Optional.ofNullable(after.get(key)) : Optional.empty()));
            }
        }
        return changes;
    }

    /** JSON numbers compare by value: 5 and 5.0 are the same bound. */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String key(ExpectationConfig config) {
        return config.id().map(id -> "id:" + id).orElseGet(() -> config.type() + "|" + column(config).orElse(""));
    }

    static Optional<String> column(ExpectationConfig config) {
        for (String k : List.of("column", "column_list", "column_A", "column_a")) {
            Object value = config.kwargs().get(k);
            if (value != null) {
                return Optional.of(k.equals("column_A") || k.equals("column_a")
                        ? value + ", " + config.kwargs().getOrDefault(k.substring(0, 7) + (k.endsWith("A") ? "B" : "b"), "")
                        : String.valueOf(value));
            }
        }
        return Optional.empty();
    }
}
