package io.dataops.workbench.hcl.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds one type that several types all convert to, as cty's {@code convert.Unify} does: used by
 * conditionals, tuple-to-list conversion and collection functions. Objects with the same attributes unify
 * attribute by attribute (else into a map), tuples of one length element by element (else into a list);
 * otherwise the most general of the given types that all others convert to wins (string over number and
 * bool, anything over {@code any}).
 */
public final class TypeUnification {

    private TypeUnification() {
    }

    public static Optional<HclType> unify(List<HclType> types, boolean unsafe) {
        if (types.isEmpty()) {
            return Optional.empty();
        }
        if (types.stream().distinct().count() == 1) {
            return Optional.of(types.get(0));
        }
        List<HclType> objects = types.stream().filter(t -> t instanceof HclType.ObjectType).toList();
        List<HclType> tuples = types.stream().filter(t -> t instanceof HclType.TupleType).toList();
        long dynamic = types.stream().filter(t -> t == HclType.DYNAMIC).count();
        if (!objects.isEmpty() && !tuples.isEmpty()) {
            return Optional.empty();
        }
        if (!objects.isEmpty() && objects.size() + dynamic == types.size()) {
            return unifyObjects(objects, unsafe);
        }
        if (!tuples.isEmpty() && tuples.size() + dynamic == types.size()) {
            return unifyTuples(tuples, unsafe);
        }
        for (HclType want : preferenceOrder(types)) {
            boolean all = types.stream().allMatch(t -> t.equals(want) || TypeConversion.conversion(t, want, unsafe).isPresent());
            if (all) {
                return Optional.of(want);
            }
        }
        return Optional.empty();
    }

    private static Optional<HclType> unifyObjects(List<HclType> objects, boolean unsafe) {
        Map<String, HclType> first = ((HclType.ObjectType) objects.get(0)).attributes();
        boolean sameNames = objects.stream().allMatch(o -> ((HclType.ObjectType) o).attributes().keySet().equals(first.keySet()));
        if (!sameNames) {
            return unifyToCollection(objects, unsafe, true);
        }
        Map<String, HclType> attrs = new LinkedHashMap<>();
        for (String name : first.keySet()) {
            List<HclType> across = objects.stream().map(o -> ((HclType.ObjectType) o).attributes().get(name)).toList();
            Optional<HclType> unified = unify(across, unsafe);
            if (unified.isEmpty()) {
                return Optional.empty();
            }
            attrs.put(name, unified.get());
        }
        return Optional.of(HclType.object(attrs));
    }

    private static Optional<HclType> unifyTuples(List<HclType> tuples, boolean unsafe) {
        int size = ((HclType.TupleType) tuples.get(0)).elements().size();
        if (!tuples.stream().allMatch(t -> ((HclType.TupleType) t).elements().size() == size)) {
            return unifyToCollection(tuples, unsafe, false);
        }
        List<HclType> elements = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int index = i;
            Optional<HclType> unified = unify(tuples.stream().map(t -> ((HclType.TupleType) t).elements().get(index)).toList(), unsafe);
            if (unified.isEmpty()) {
                return Optional.empty();
            }
            elements.add(unified.get());
        }
        return Optional.of(HclType.tuple(elements));
    }

    /** Objects into a map, tuples into a list, when all their members unify. */
    private static Optional<HclType> unifyToCollection(List<HclType> types, boolean unsafe, boolean toMap) {
        List<HclType> members = new ArrayList<>();
        for (HclType t : types) {
            members.addAll(t instanceof HclType.ObjectType o ? o.attributes().values() : ((HclType.TupleType) t).elements());
        }
        Optional<HclType> element = unify(members, unsafe);
        return element.map(e -> toMap ? HclType.map(e) : HclType.list(e));
    }

    /** The types, most general first (a topological sort of cty's "more general than" relation). */
    static List<HclType> preferenceOrder(List<HclType> types) {
        List<HclType> remaining = new ArrayList<>(types.stream().distinct().toList());
        List<HclType> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            HclType pick = remaining.get(0);
            for (HclType candidate : remaining) {
                boolean dominated = remaining.stream().anyMatch(o -> compare(o, candidate) < 0);
                if (!dominated) {
                    pick = candidate;
                    break;
                }
            }
            remaining.remove(pick);
            order.add(pick);
        }
        return order;
    }

    /** Negative if a is more general than b, positive if b is, zero if neither (cty's compareTypes). */
    static int compare(HclType a, HclType b) {
        if (a == HclType.DYNAMIC || b == HclType.DYNAMIC) {
            return a == b ? 0 : (a == HclType.DYNAMIC ? 1 : -1);
        }
        if (a.isPrimitive() && b.isPrimitive()) {
            if (a == HclType.STRING || b == HclType.STRING) {
                return a == b ? 0 : (a == HclType.STRING ? -1 : 1);
            }
            return 0;
        }
        if (a.getClass() == b.getClass() && a.isCollection()) {
            return compare(a.elementType(), b.elementType());
        }
        if (a instanceof HclType.ListType && b instanceof HclType.TupleType
                || a instanceof HclType.MapType && b instanceof HclType.ObjectType
                || a instanceof HclType.SetType && (b instanceof HclType.TupleType || b instanceof HclType.ListType)) {
            return -1;
        }
        if (b instanceof HclType.ListType && a instanceof HclType.TupleType
                || b instanceof HclType.MapType && a instanceof HclType.ObjectType
                || b instanceof HclType.SetType && (a instanceof HclType.TupleType || a instanceof HclType.ListType)) {
            return 1;
        }
        if (a instanceof HclType.ObjectType oa && b instanceof HclType.ObjectType ob) {
            if (!oa.attributes().keySet().equals(ob.attributes().keySet())) {
                return 0;
            }
            return combine(oa.attributes().keySet().stream().map(k -> compare(oa.attributes().get(k), ob.attributes().get(k))).toList());
        }
        if (a instanceof HclType.TupleType ta && b instanceof HclType.TupleType tb) {
            if (ta.elements().size() != tb.elements().size()) {
                return 0;
            }
            List<Integer> cmps = new ArrayList<>();
            for (int i = 0; i < ta.elements().size(); i++) {
                cmps.add(compare(ta.elements().get(i), tb.elements().get(i)));
            }
            return combine(cmps);
        }
        return 0;
    }

    private static int combine(List<Integer> comparisons) {
        boolean aSuper = comparisons.stream().anyMatch(c -> c < 0);
        boolean bSuper = comparisons.stream().anyMatch(c -> c > 0);
        if (aSuper == bSuper) {
            return 0;
        }
        return aSuper ? -1 : 1;
    }
}
