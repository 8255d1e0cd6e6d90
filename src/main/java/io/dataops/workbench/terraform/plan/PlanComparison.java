package io.dataops.workbench.terraform.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares two plans: which resource changes are new in the second, gone from it, or different (another action,
 * or attributes whose planned change differs). Works on the masked model, so it compares masks, not secrets.
 */
public final class PlanComparison {

    /** How something differs between the first and the second plan. */
    public enum Kind { NEW, GONE, DIFFERENT }

    /** An attribute leaf whose planned change differs; {@code first}/{@code second} are "before -> after" texts. */
    public record AttributeDifference(String path, Kind kind, String first, String second) {
    }

    /** A resource present in one plan only, or planned differently. */
    public record ResourceDifference(String address, Kind kind, String firstAction, String secondAction,
                                     List<AttributeDifference> attributes) {
        public ResourceDifference {
            attributes = List.copyOf(attributes);
        }
    }

    private PlanComparison() {
    }

    public static List<ResourceDifference> compare(Plan first, Plan second) {
        Map<String, ResourceChange> before = byAddress(first);
        Map<String, ResourceChange> after = byAddress(second);
        TreeSet<String> addresses = new TreeSet<>(before.keySet());
        addresses.addAll(after.keySet());
        List<ResourceDifference> differences = new ArrayList<>();
        for (String address : addresses) {
            ResourceChange a = before.get(address);
            ResourceChange b = after.get(address);
            if (a == null) {
                differences.add(new ResourceDifference(address, Kind.NEW, "", label(b), List.of()));
            } else if (b == null) {
                differences.add(new ResourceDifference(address, Kind.GONE, label(a), "", List.of()));
            } else {
                List<AttributeDifference> attributes = compareAttributes(a, b);
                if (a.action() != b.action() || !attributes.isEmpty()) {
                    differences.add(new ResourceDifference(address, Kind.DIFFERENT, label(a), label(b), attributes));
                }
            }
        }
        return differences;
    }

    private static List<AttributeDifference> compareAttributes(ResourceChange a, ResourceChange b) {
        Map<String, String> first = leaves(a.attributes());
        Map<String, String> second = leaves(b.attributes());
        TreeSet<String> paths = new TreeSet<>(first.keySet());
        paths.addAll(second.keySet());
        List<AttributeDifference> differences = new ArrayList<>();
        for (String path : paths) {
            String x = first.get(path);
            String y = second.get(path);
            if (x == null) {
                differences.add(new AttributeDifference(path, Kind.NEW, "", y));
            } else if (y == null) {
                differences.add(new AttributeDifference(path, Kind.GONE, x, ""));
            } else if (!Objects.equals(x, y)) {
                differences.add(new AttributeDifference(path, Kind.DIFFERENT, x, y));
            }
        }
        return differences;
    }

    private static Map<String, String> leaves(List<AttributeDiff> diffs) {
        Map<String, String> leaves = new LinkedHashMap<>();
        collect(diffs, leaves);
        return leaves;
    }

    private static void collect(List<AttributeDiff> diffs, Map<String, String> into) {
        for (AttributeDiff diff : diffs) {
            if (diff.isNested()) {
                collect(diff.children(), into);
            } else {
                into.put(diff.path(), diff.isChanged() ? PlanText.arrow(diff.before(), diff.after()) : diff.after());
            }
        }
    }

    private static Map<String, ResourceChange> byAddress(Plan plan) {
        Map<String, ResourceChange> map = new LinkedHashMap<>();
        for (ResourceChange change : plan.resourceChanges()) {
            String key = change.deposed().isEmpty() ? change.address() : change.address() + " (deposed " + change.deposed() + ")";
            map.put(key, change);
        }
        return map;
    }

    private static String label(ResourceChange change) {
        return change.action().label();
    }
}
