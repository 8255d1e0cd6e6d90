package io.dataops.workbench.hcl.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conversions from and to the structural types (tuple, object), as cty's convert package plans them:
 * tuple to tuple/list/set, object to object/map, and (unsafe) map to object. A null result means no
 * conversion exists; the returned functions only see known, non-null values.
 */
final class StructuralConversions {

    private StructuralConversions() {
    }

    static Conversion fromTuple(HclType.TupleType in, HclType out, boolean unsafe) {
        if (out instanceof HclType.TupleType t) {
            if (t.elements().size() != in.elements().size()) {
                return null;
            }
            List<Conversion> each = new ArrayList<>();
            for (int i = 0; i < in.elements().size(); i++) {
                Conversion c = TypeConversion.conversion(in.elements().get(i), t.elements().get(i), unsafe).orElse(null);
                if (c == null) {
                    return null;
                }
                each.add(c);
            }
            return value -> {
                List<HclValue> result = new ArrayList<>();
                for (int i = 0; i < each.size(); i++) {
                    result.add(each.get(i).apply(value.elements().get(i)));
                }
                return HclValue.tuple(result);
            };
        }
        if (out instanceof HclType.ListType || out instanceof HclType.SetType) {
            HclType elementType = sequenceElementType(in.elements(), out.elementType(), unsafe);
            if (elementType == null) {
                return null;
            }
            boolean isSet = out instanceof HclType.SetType;
            return value -> {
                List<HclValue> converted = new ArrayList<>();
                for (HclValue v : value.elements()) {
                    converted.add(TypeConversion.convert(v, elementType));
                }
                return isSet ? CollectionValues.set(elementType, converted) : CollectionValues.list(elementType, converted);
            };
        }
        return null;
    }

    static Conversion fromObject(HclType.ObjectType in, HclType out, boolean unsafe) {
        if (out instanceof HclType.ObjectType o) {
            Map<String, Conversion> each = new LinkedHashMap<>();
            for (Map.Entry<String, HclType> attr : o.attributes().entrySet()) {
                HclType inAttr = in.attributes().get(attr.getKey());
                if (inAttr == null) {
                    return null;
                }
                Conversion c = TypeConversion.conversion(inAttr, attr.getValue(), unsafe).orElse(null);
                if (c == null) {
                    return null;
                }
                each.put(attr.getKey(), c);
            }
            // Attributes the wanted type does not have are dropped, as in cty.
            return value -> {
                Map<String, HclValue> result = new LinkedHashMap<>();
                for (Map.Entry<String, Conversion> e : each.entrySet()) {
                    result.put(e.getKey(), e.getValue().apply(value.entries().get(e.getKey())));
                }
                return HclValue.object(result);
            };
        }
        if (out instanceof HclType.MapType m) {
            HclType elementType = sequenceElementType(List.copyOf(in.attributes().values()), m.element(), unsafe);
            if (elementType == null) {
                return null;
            }
            return value -> {
                Map<String, HclValue> converted = new LinkedHashMap<>();
                for (Map.Entry<String, HclValue> e : value.entries().entrySet()) {
                    converted.put(e.getKey(), TypeConversion.convert(e.getValue(), elementType));
                }
                return CollectionValues.map(elementType, converted);
            };
        }
        return null;
    }

    static Conversion mapToObject(HclType.MapType in, HclType.ObjectType out) {
        for (HclType aty : out.attributes().values()) {
            if (TypeConversion.conversion(in.element(), aty, true).isEmpty()) {
                return null;
            }
        }
        return value -> {
            Map<String, HclValue> entries = value.entries();
            for (String key : entries.keySet()) {
                if (!out.hasAttribute(key)) {
                    throw new ConversionException("unsupported attribute \"" + key + "\"");
                }
            }
            Map<String, HclValue> result = new LinkedHashMap<>();
            for (Map.Entry<String, HclType> attr : out.attributes().entrySet()) {
                HclValue element = entries.get(attr.getKey());
                if (element == null) {
                    throw new ConversionException("map has no element for required attribute \"" + attr.getKey() + "\"");
                }
                result.put(attr.getKey(), TypeConversion.convert(element, attr.getValue()));
            }
            return HclValue.object(result);
        };
    }

    /**
     * The element type for a collection built from elements of these types when {@code wanted} is asked
     * for: {@code wanted} itself if every element converts to it, else (for {@code any}) their unified type;
     * null if there is none.
     */
    private static HclType sequenceElementType(List<HclType> types, HclType wanted, boolean unsafe) {
        HclType elementType = wanted;
        if (wanted == HclType.DYNAMIC) {
            if (types.isEmpty()) {
                return HclType.DYNAMIC;
            }
            Optional<HclType> unified = TypeUnification.unify(types, unsafe);
            if (unified.isEmpty()) {
                return null;
            }
            elementType = unified.get();
        }
        for (HclType t : types) {
            if (!t.equals(elementType) && TypeConversion.conversion(t, elementType, unsafe).isEmpty()) {
                return null;
            }
        }
        return elementType;
    }
}
