package io.dataops.workbench.hcl.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds collection values whose wanted element type may still be (or contain) {@code any}: the elements
 * then decide it, and must unify to one type, as cty requires of every list, set and map.
 */
final class CollectionValues {

    private CollectionValues() {
    }

    static HclValue list(HclType elementType, List<HclValue> elements) throws ConversionException {
        HclType type = commonType(elementType, elements, "list");
        return HclValue.list(type, convertAll(elements, type));
    }

    static HclValue set(HclType elementType, List<HclValue> elements) throws ConversionException {
        HclType type = commonType(elementType, elements, "set");
        return HclValue.set(type, convertAll(elements, type));
    }

    static HclValue map(HclType elementType, Map<String, HclValue> entries) throws ConversionException {
        HclType type = commonType(elementType, List.copyOf(entries.values()), "map");
        Map<String, HclValue> converted = new LinkedHashMap<>();
        for (Map.Entry<String, HclValue> e : entries.entrySet()) {
            converted.put(e.getKey(), TypeConversion.convert(e.getValue(), type));
        }
        return HclValue.map(type, converted);
    }

    /** The element type a collection of these elements gets when {@code wanted} is the asked-for type. */
    static HclType commonType(HclType wanted, List<HclValue> elements, String noun) throws ConversionException {
        if (!wanted.hasDynamic() || elements.isEmpty()) {
            return wanted;
        }
        List<HclType> types = elements.stream().map(HclValue::type).distinct().toList();
        if (types.size() == 1) {
            return types.get(0);
        }
        Optional<HclType> unified = TypeUnification.unify(types, true);
        if (unified.isEmpty()) {
            throw new ConversionException("all " + noun + " elements must have the same type");
        }
        return unified.get();
    }

    private static List<HclValue> convertAll(List<HclValue> elements, HclType type) throws ConversionException {
        List<HclValue> out = new ArrayList<>(elements.size());
        for (HclValue e : elements) {
            out.add(TypeConversion.convert(e, type));
        }
        return out;
    }
}
