package io.dataops.workbench.hcl.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Type conversion as go-cty's {@code convert} package does it. "Safe" conversions never lose information
 * (number to string, tuple to list); "unsafe" ones may fail for some values (string to number, list to set,
 * map to object). {@link #convert} is HCL's everyday conversion and allows unsafe ones. Null and unknown
 * values convert to null and unknown values of the wanted type.
 */
public final class TypeConversion {

    private TypeConversion() {
    }

    /** Converts {@code value} to {@code want}, allowing unsafe conversions, like cty's {@code convert.Convert}. */
    public static HclValue convert(HclValue value, HclType want) throws ConversionException {
        if (value.type().equals(want)) {
            return value;
        }
        Optional<Conversion> conversion = conversion(value.type(), want, true);
        if (conversion.isEmpty()) {
            throw new ConversionException(MismatchMessage.describe(value.type(), want));
        }
        return conversion.get().apply(value);
    }

    /** Like {@link #convert}, for callers that have already checked the conversion cannot fail. */
    public static Optional<HclValue> tryConvert(HclValue value, HclType want) {
        try {
            return Optional.of(convert(value, want));
        } catch (ConversionException e) {
            return Optional.empty();
        }
    }

    /** The conversion from {@code in} to {@code out}, if one exists. */
    public static Optional<Conversion> conversion(HclType in, HclType out, boolean unsafe) {
        Conversion known = knownConversion(in, out, unsafe);
        if (known == null) {
            return Optional.empty();
        }
        return Optional.of(value -> {
            if (out == HclType.DYNAMIC) {
                return value;
            }
            if (!value.isKnown()) {
                return HclValue.unknown(dynamicReplace(value.type(), out));
            }
            if (value.isNull()) {
                return HclValue.nullOf(dynamicReplace(value.type(), out));
            }
            return known.apply(value);
        });
    }

    /** Null when no conversion exists; the function only sees known, non-null values. */
    static Conversion knownConversion(HclType in, HclType out, boolean unsafe) {
        if (out == HclType.DYNAMIC || in.equals(out)) {
            return Conversion.IDENTITY;
        }
        if (in == HclType.DYNAMIC) {
            // A dynamic-typed value that is known has a real type; convert according to that one.
            return value -> convertAs(value, out, unsafe);
        }
        if (in instanceof HclType.Primitive p && out instanceof HclType.Primitive q) {
            return primitive(p, q, unsafe);
        }
        if (out instanceof HclType.ListType list && (in instanceof HclType.ListType || in instanceof HclType.SetType)) {
            Conversion element = elementConversion(in.elementType(), list.element(), unsafe);
            return element == null ? null : value -> CollectionValues.list(list.element(), mapAll(value.elements(), element));
        }
        if (out instanceof HclType.SetType set && (in instanceof HclType.SetType || in instanceof HclType.ListType)) {
            if (in instanceof HclType.ListType && !unsafe) {
                return null; // a list to set conversion loses order and duplicates
            }
            Conversion element = elementConversion(in.elementType(), set.element(), unsafe);
            return element == null ? null : value -> CollectionValues.set(set.element(), mapAll(value.elements(), element));
        }
        if (out instanceof HclType.MapType map && in instanceof HclType.MapType) {
            Conversion element = elementConversion(in.elementType(), map.element(), unsafe);
            return element == null ? null : value -> CollectionValues.map(map.element(), mapAll(value.entries(), element));
        }
        if (in instanceof HclType.TupleType tuple) {
            return StructuralConversions.fromTuple(tuple, out, unsafe);
        }
        if (in instanceof HclType.ObjectType object) {
            return StructuralConversions.fromObject(object, out, unsafe);
        }
        if (in instanceof HclType.MapType map && out instanceof HclType.ObjectType object && unsafe) {
            return StructuralConversions.mapToObject(map, object);
        }
        return null;
    }

    private static HclValue convertAs(HclValue value, HclType out, boolean unsafe) throws ConversionException {
        Optional<Conversion> c = conversion(value.type(), out, unsafe);
        if (c.isEmpty()) {
            throw new ConversionException(MismatchMessage.describe(value.type(), out));
        }
        return c.get().apply(value);
    }

    private static Conversion elementConversion(HclType in, HclType out, boolean unsafe) {
        if (in.equals(out)) {
            return Conversion.IDENTITY;
        }
        return conversion(in, out, unsafe).orElse(null);
    }

    private static Conversion primitive(HclType.Primitive in, HclType.Primitive out, boolean unsafe) {
        if (out == HclType.STRING) {
            return in == HclType.NUMBER
                    ? v -> HclValue.string(BigFloatMath.format(v.asNumber()))
                    : v -> HclValue.string(Boolean.toString(v.asBool()));
        }
        if (!unsafe || in != HclType.STRING) {
            return null;
        }
        if (out == HclType.NUMBER) {
            return v -> HclValue.number(parseNumber(v.asString()));
        }
        return v -> switch (v.asString()) {
            case "true", "1" -> HclValue.TRUE;
            case "false", "0" -> HclValue.FALSE;
            default -> throw new ConversionException("a bool is required");
        };
    }

    /** Parses a string as Go's big.Float does in base 10 (no surrounding spaces); HCL has no infinities. */
    static BigDecimal parseNumber(String text) throws ConversionException {
        String s = text.startsWith("+") ? text.substring(1) : text;
        if (s.isEmpty() || !s.matches("-?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            throw new ConversionException("a number is required");
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new ConversionException("a number is required");
        }
    }

    static List<HclValue> mapAll(List<HclValue> values, Conversion conversion) throws ConversionException {
        List<HclValue> out = new ArrayList<>(values.size());
        for (HclValue v : values) {
            out.add(conversion.apply(v));
        }
        return out;
    }

    static Map<String, HclValue> mapAll(Map<String, HclValue> values, Conversion conversion) throws ConversionException {
        Map<String, HclValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, HclValue> e : values.entrySet()) {
            out.put(e.getKey(), conversion.apply(e.getValue()));
        }
        return out;
    }

    /**
     * The type a null or unknown value gets when converted to {@code out}: {@code out} with its dynamic parts
     * filled in from {@code in} where they line up (cty's dynamicReplace).
     */
    static HclType dynamicReplace(HclType in, HclType out) {
        if (in == HclType.DYNAMIC) {
            return out;
        }
        if (out == HclType.DYNAMIC) {
            return in;
        }
        if (out instanceof HclType.ListType l) {
            return HclType.list(dynamicReplace(sequenceElement(in), l.element()));
        }
        if (out instanceof HclType.SetType st) {
            return HclType.set(dynamicReplace(sequenceElement(in), st.element()));
        }
        if (out instanceof HclType.MapType m) {
            return HclType.map(dynamicReplace(mappingElement(in), m.element()));
        }
        if (out instanceof HclType.TupleType t) {
            return in instanceof HclType.TupleType it && it.elements().size() == t.elements().size()
                    ? HclType.tuple(replaceEach(it.elements(), t.elements())) : out;
        }
        if (out instanceof HclType.ObjectType o) {
            Map<String, HclType> attrs = new LinkedHashMap<>();
            o.attributes().forEach((name, aty) -> {
                HclType replaced = aty;
                if (in instanceof HclType.ObjectType io && io.hasAttribute(name)) {
                    replaced = dynamicReplace(io.attributes().get(name), aty);
                } else if (in instanceof HclType.MapType im) {
                    replaced = dynamicReplace(im.element(), aty);
                }
                attrs.put(name, replaced);
            });
            return HclType.object(attrs);
        }
        return out;
    }

    private static List<HclType> replaceEach(List<HclType> in, List<HclType> out) {
        List<HclType> result = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            result.add(dynamicReplace(in.get(i), out.get(i)));
        }
        return result;
    }

    private static HclType sequenceElement(HclType in) {
        if (in instanceof HclType.TupleType t) {
            return TypeUnification.unify(t.elements(), true).orElse(HclType.DYNAMIC);
        }
        return in.isCollection() ? in.elementType() : HclType.DYNAMIC;
    }

    private static HclType mappingElement(HclType in) {
        if (in instanceof HclType.ObjectType o) {
            return TypeUnification.unify(List.copyOf(o.attributes().values()), true).orElse(HclType.DYNAMIC);
        }
        return in.isCollection() ? in.elementType() : HclType.DYNAMIC;
    }
}
