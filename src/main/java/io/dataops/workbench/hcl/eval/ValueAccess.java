package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourceRange;

import java.math.BigDecimal;
import java.util.List;

/** Index ({@code coll[key]}) and attribute ({@code obj.name}) access with HCL's rules and messages (hcl.Index, hcl.GetAttr). */
public final class ValueAccess {

    private static final String INVALID_INDEX = "Invalid index";
    private static final String NO_ELEMENT = "The given key does not identify an element in this collection value";

    private ValueAccess() {
    }

    public static HclValue index(HclValue collection, HclValue key, SourceRange range, List<Diagnostic> diags) {
        if (collection.isNull()) {
            return fail(diags, "Attempt to index null value", "This value is null, so it does not have any indices.", range);
        }
        if (key.isNull()) {
            return fail(diags, INVALID_INDEX, "Can't use a null value as an indexing key.", range);
        }
        HclType type = collection.type();
        if (key.type() == HclType.DYNAMIC || type == HclType.DYNAMIC) {
            return HclValue.DYNAMIC_UNKNOWN;
        }
        boolean sequence = type instanceof HclType.ListType || type instanceof HclType.TupleType;
        if (sequence || type instanceof HclType.MapType) {
            HclValue k;
            try {
                k = TypeConversion.convert(key, sequence ? HclType.NUMBER : HclType.STRING);
            } catch (ConversionException e) {
                return fail(diags, INVALID_INDEX, NO_ELEMENT + ": " + e.getMessage() + ".", range);
            }
            if (!k.isKnown() || !collection.isKnown()) {
                return type instanceof HclType.TupleType ? HclValue.DYNAMIC_UNKNOWN : HclValue.unknown(type.elementType());
            }
            if (sequence) {
                return sequenceElement(collection, k.asNumber(), range, diags);
            }
            HclValue element = collection.entries().get(k.asString());
            return element != null ? element : fail(diags, INVALID_INDEX, NO_ELEMENT + ".", range);
        }
        if (type instanceof HclType.ObjectType object) {
            boolean wasNumber = key.type() == HclType.NUMBER;
            HclValue k;
            try {
                k = TypeConversion.convert(key, HclType.STRING);
            } catch (ConversionException e) {
                return fail(diags, INVALID_INDEX, NO_ELEMENT + ": " + e.getMessage() + ".", range);
            }
            if (!k.isKnown()) {
                return HclValue.DYNAMIC_UNKNOWN;
            }
            String name = k.asString();
            if (!object.hasAttribute(name)) {
                String hint = wasNumber ? " An object only supports looking up attributes by name, not by numeric index." : "";
                return fail(diags, INVALID_INDEX, NO_ELEMENT + "." + hint, range);
            }
            return collection.isKnown() ? collection.entries().get(name) : HclValue.unknown(object.attributes().get(name));
        }
        if (type instanceof HclType.SetType) {
            return fail(diags, INVALID_INDEX, "Elements of a set are identified only by their value and don't have any "
                    + "separate index or key to select with, so it's only possible to perform operations across all "
                    + "elements of the set.", range);
        }
        return fail(diags, INVALID_INDEX, "This value does not have any indices.", range);
    }

    private static HclValue sequenceElement(HclValue collection, BigDecimal index, SourceRange range, List<Diagnostic> diags) {
        List<HclValue> elements = collection.elements();
        if (!BigFloatMath.isWhole(index)) {
            return fail(diags, INVALID_INDEX, NO_ELEMENT + ": indexing a sequence requires a whole number, but the given "
                    + "index has a fractional part.", range);
        }
        if (index.signum() < 0) {
            return fail(diags, INVALID_INDEX, NO_ELEMENT + ": a negative number is not a valid index for a sequence.", range);
        }
        if (index.compareTo(BigDecimal.valueOf(elements.size())) >= 0) {
            String why = elements.isEmpty() ? "the collection has no elements"
                    : "the given index is greater than or equal to the length of the collection";
            return fail(diags, INVALID_INDEX, NO_ELEMENT + ": " + why + ".", range);
        }
        return elements.get(index.intValueExact());
    }

    public static HclValue getAttr(HclValue object, String name, SourceRange range, List<Diagnostic> diags) {
        if (object.isNull()) {
            return fail(diags, "Attempt to get attribute from null value",
                    "This value is null, so it does not have any attributes.", range);
        }
        HclType type = object.type();
        String unsupported = "Unsupported attribute";
        if (type instanceof HclType.ObjectType o) {
            if (!o.hasAttribute(name)) {
                return fail(diags, unsupported, "This object does not have an attribute named \"" + name + "\".", range);
            }
            return object.isKnown() ? object.entries().get(name) : HclValue.unknown(o.attributes().get(name));
        }
        if (type instanceof HclType.MapType m) {
            if (!object.isKnown()) {
                return HclValue.unknown(m.element());
            }
            HclValue element = object.entries().get(name);
            return element != null ? element : fail(diags, "Missing map element",
                    "This map does not have an element with the key \"" + name + "\".", range);
        }
        if (type == HclType.DYNAMIC) {
            return HclValue.DYNAMIC_UNKNOWN;
        }
        if (type instanceof HclType.ListType l && l.element() instanceof HclType.ObjectType eo) {
            return fail(diags, unsupported, eo.hasAttribute(name)
                    ? "Can't access attributes on a list of objects. Did you mean to access attribute \"" + name
                      + "\" for a specific element of the list, or across all elements of the list?"
                    : "Can't access attributes on a list of objects. Did you mean to access an attribute for a "
                      + "specific element of the list, or across all elements of the list?", range);
        }
        if (type instanceof HclType.SetType st && st.element() instanceof HclType.ObjectType) {
            return fail(diags, unsupported, "Can't access attributes on a set of objects. Did you mean to access an "
                    + "attribute across all elements of the set?", range);
        }
        if (type.isPrimitive()) {
            return fail(diags, unsupported,
                    "Can't access attributes on a primitive-typed value (" + type.friendlyName() + ").", range);
        }
        return fail(diags, unsupported, "This value does not have any attributes.", range);
    }

    private static HclValue fail(List<Diagnostic> diags, String summary, String detail, SourceRange range) {
        diags.add(Diagnostic.error(summary, detail, range));
        return HclValue.DYNAMIC_UNKNOWN;
    }
}
