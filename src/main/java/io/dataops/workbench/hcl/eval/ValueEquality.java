package io.dataops.workbench.hcl.eval;

import java.util.List;
import java.util.Map;

/**
 * The {@code ==} of HCL (cty's Value.Equals): values of different types are unequal, nulls are equal to each
 * other whatever their type, and the result is unknown when an unknown value could still decide it.
 */
public final class ValueEquality {

    private ValueEquality() {
    }

    public static HclValue equal(HclValue a, HclValue b) {
        if (!a.isKnown() || !b.isKnown()) {
            if (!a.isKnown() && !b.isKnown()) {
                return HclValue.unknown(HclType.BOOL);
            }
            HclValue known = a.isKnown() ? a : b;
            HclValue unknown = a.isKnown() ? b : a;
            if (known.isNull() || unknown.type().hasDynamic()) {
                return HclValue.unknown(HclType.BOOL);
            }
            return known.type().equals(unknown.type()) ? HclValue.unknown(HclType.BOOL) : HclValue.FALSE;
        }
        if (a.isNull() || b.isNull()) {
            return HclValue.bool(a.isNull() && b.isNull());
        }
        if (!hasWhollyKnownType(a) || !hasWhollyKnownType(b)) {
            return HclValue.unknown(HclType.BOOL);
        }
        if (!a.type().equals(b.type())) {
            return HclValue.FALSE;
        }
        HclType type = a.type();
        if (type.isPrimitive()) {
            return HclValue.bool(a.equals(b));
        }
        if (type instanceof HclType.MapType || type instanceof HclType.ObjectType) {
            Map<String, HclValue> x = a.entries();
            Map<String, HclValue> y = b.entries();
            if (!x.keySet().equals(y.keySet())) {
                return HclValue.FALSE;
            }
            return all(x.keySet().stream().map(k -> equal(x.get(k), y.get(k))).toList());
        }
        List<HclValue> x = a.elements();
        List<HclValue> y = b.elements();
        if (x.size() != y.size()) {
            return HclValue.FALSE;
        }
        if (type instanceof HclType.SetType) {
            return a.isWhollyKnown() && b.isWhollyKnown() ? HclValue.bool(x.equals(y)) : HclValue.unknown(HclType.BOOL);
        }
        return all(java.util.stream.IntStream.range(0, x.size()).mapToObj(i -> equal(x.get(i), y.get(i))).toList());
    }

    /** False as soon as one comparison is false; unknown if one is unknown and none false. */
    private static HclValue all(List<HclValue> comparisons) {
        boolean unknown = false;
        for (HclValue c : comparisons) {
            if (!c.isKnown()) {
                unknown = true;
            } else if (!c.asBool()) {
                return HclValue.FALSE;
            }
        }
        return unknown ? HclValue.unknown(HclType.BOOL) : HclValue.TRUE;
    }

    /** No unknown value of unknown type nested anywhere (nulls are fine). */
    private static boolean hasWhollyKnownType(HclValue v) {
        if (v.isNull()) {
            return true;
        }
        if (!v.isKnown()) {
            return v.type() != HclType.DYNAMIC;
        }
        if (v.type().isPrimitive()) {
            return true;
        }
        List<HclValue> children = v.type() instanceof HclType.MapType || v.type() instanceof HclType.ObjectType
                ? List.copyOf(v.entries().values()) : v.elements();
        return children.stream().allMatch(ValueEquality::hasWhollyKnownType);
    }
}
