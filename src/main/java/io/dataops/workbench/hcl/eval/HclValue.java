package io.dataops.workbench.hcl.eval;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An HCL value, mirroring go-cty: every value has a type, and may be null (of that type) or unknown (a
 * placeholder for a value decided later, as Terraform's "known after apply"). Known values hold a String
 * (NFC-normalized, as cty does), a BigDecimal (a 512-bit binary float, see {@link BigFloatMath}), a Boolean,
 * a list of elements (list, set, tuple) or a sorted map (map, object). Immutable.
 */
public final class HclValue {

    public static final HclValue TRUE = new HclValue(HclType.BOOL, Boolean.TRUE, false);
    public static final HclValue FALSE = new HclValue(HclType.BOOL, Boolean.FALSE, false);
    /** The unknown value of unknown type: "something, decided later". */
    public static final HclValue DYNAMIC_UNKNOWN = new HclValue(HclType.DYNAMIC, null, true);
    /** A literal {@code null}: null of the dynamic pseudo-type. */
    public static final HclValue NULL = new HclValue(HclType.DYNAMIC, null, false);
    public static final HclValue EMPTY_TUPLE = new HclValue(HclType.EMPTY_TUPLE, List.of(), false);
    public static final HclValue EMPTY_OBJECT = new HclValue(HclType.EMPTY_OBJECT, Collections.emptySortedMap(), false);

    private final HclType type;
    /** Null for null and unknown values. */
    private final Object payload;
    private final boolean unknown;

    private HclValue(HclType type, Object payload, boolean unknown) {
        this.type = type;
        this.payload = payload;
        this.unknown = unknown;
    }

    public static HclValue string(String value) {
        return new HclValue(HclType.STRING, Normalizer.normalize(value, Normalizer.Form.NFC), false);
    }

    /** A number, rounded to HCL's 512-bit precision. */
    public static HclValue number(BigDecimal value) {
        BigDecimal rounded = BigFloatMath.round(value);
        return new HclValue(HclType.NUMBER, rounded.signum() == 0 ? BigDecimal.ZERO : rounded, false);
    }

    public static HclValue number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    public static HclValue bool(boolean value) {
        return value ? TRUE : FALSE;
    }

    public static HclValue nullOf(HclType type) {
        return new HclValue(type, null, false);
    }

    public static HclValue unknown(HclType type) {
        return new HclValue(type, null, true);
    }

    /** A list; all elements must have the element type (convert them first). */
    public static HclValue list(HclType elementType, List<HclValue> elements) {
        return new HclValue(HclType.list(elementType), List.copyOf(elements), false);
    }

    /** A set of the given elements, deduplicated and in cty's canonical order. */
    public static HclValue set(HclType elementType, List<HclValue> elements) {
        TreeSet<HclValue> sorted = new TreeSet<>(SetOrder.INSTANCE);
        sorted.addAll(elements);
        return new HclValue(HclType.set(elementType), List.copyOf(sorted), false);
    }

    public static HclValue map(HclType elementType, Map<String, HclValue> entries) {
        return new HclValue(HclType.map(elementType), Collections.unmodifiableSortedMap(new TreeMap<>(entries)), false);
    }

    public static HclValue tuple(List<HclValue> elements) {
        List<HclType> types = elements.stream().map(HclValue::type).toList();
        return new HclValue(HclType.tuple(types), List.copyOf(elements), false);
    }

    public static HclValue object(Map<String, HclValue> attributes) {
        TreeMap<String, HclType> types = new TreeMap<>();
        attributes.forEach((k, v) -> types.put(k, v.type()));
        return new HclValue(HclType.object(types), Collections.unmodifiableSortedMap(new TreeMap<>(attributes)), false);
    }

    public HclType type() {
        return type;
    }

    public boolean isNull() {
        return payload == null && !unknown;
    }

    /** False only for an unknown value itself; a known collection may still hold unknown elements. */
    public boolean isKnown() {
        return !unknown;
    }

    /** Known all the way down. */
    public boolean isWhollyKnown() {
        if (unknown) {
            return false;
        }
        if (payload instanceof List<?> list) {
            return list.stream().allMatch(v -> ((HclValue) v).isWhollyKnown());
        }
        if (payload instanceof Map<?, ?> map) {
            return map.values().stream().allMatch(v -> ((HclValue) v).isWhollyKnown());
        }
        return true;
    }

    public String asString() {
        return (String) requirePayload(HclType.STRING);
    }

    public BigDecimal asNumber() {
        return (BigDecimal) requirePayload(HclType.NUMBER);
    }

    public boolean asBool() {
        return (Boolean) requirePayload(HclType.BOOL);
    }

    /** The elements of a known, non-null list, set or tuple. */
    @SuppressWarnings("unchecked")
    public List<HclValue> elements() {
        if (!(payload instanceof List<?>)) {
            throw new IllegalStateException("not a known sequence: " + this);
        }
        return (List<HclValue>) payload;
    }

    /** The entries of a known, non-null map or object, sorted by key. */
    @SuppressWarnings("unchecked")
    public SortedMap<String, HclValue> entries() {
        if (!(payload instanceof SortedMap<?, ?>)) {
            throw new IllegalStateException("not a known map or object: " + this);
        }
        return (SortedMap<String, HclValue>) payload;
    }

    /** True for known, non-null lists, sets, tuples, maps and objects. */
    public boolean canIterate() {
        return payload instanceof List<?> || payload instanceof Map<?, ?>;
    }

    /** Number of elements of a known, non-null collection or structure. */
    public int length() {
        return payload instanceof List<?> l ? l.size() : entries().size();
    }

    /** The iteration pairs (key, element) as a for expression sees them: index or key, then value. */
    public List<Map.Entry<HclValue, HclValue>> iterationPairs() {
        List<Map.Entry<HclValue, HclValue>> pairs = new ArrayList<>();
        if (payload instanceof List<?>) {
            List<HclValue> elements = elements();
            boolean isSet = type instanceof HclType.SetType;
            for (int i = 0; i < elements.size(); i++) {
                HclValue key = isSet ? elements.get(i) : number(i);
                pairs.add(Map.entry(key, elements.get(i)));
            }
        } else {
            entries().forEach((k, v) -> pairs.add(Map.entry(string(k), v)));
        }
        return pairs;
    }

    private Object requirePayload(HclType expected) {
        if (!type.equals(expected) || payload == null) {
            throw new IllegalStateException("not a known " + expected + ": " + this);
        }
        return payload;
    }

    Object payload() {
        return payload;
    }

    /** Raw equality: same type, same knownness, same content (cty's RawEquals). */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HclValue other)) {
            return false;
        }
        if (unknown != other.unknown || !type.equals(other.type)) {
            return false;
        }
        if (payload instanceof BigDecimal a && other.payload instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(payload, other.payload);
    }

    @Override
    public int hashCode() {
        Object p = payload instanceof BigDecimal d ? d.stripTrailingZeros() : payload;
        return Objects.hash(type, p, unknown);
    }

    /** The value in HCL syntax (unknown values as {@code (known after apply)}), for messages and tests. */
    @Override
    public String toString() {
        return ValueRendering.render(this);
    }
}
