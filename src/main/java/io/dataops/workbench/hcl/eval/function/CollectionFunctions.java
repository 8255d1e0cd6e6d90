package io.dataops.workbench.hcl.eval.function;

import io.dataops.workbench.hcl.eval.FunctionException;
import io.dataops.workbench.hcl.eval.HclFunction;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.hcl.eval.TypeConversion;
import io.dataops.workbench.hcl.eval.TypeUnification;
import io.dataops.workbench.hcl.eval.ValueEquality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.dataops.workbench.hcl.eval.function.DefinedFunction.param;

/** Terraform's functions that look into collections: length, element, contains, index, keys, values, lookup, merge, zipmap. */
final class CollectionFunctions {

    private static final HclType ANY = HclType.DYNAMIC;

    private CollectionFunctions() {
    }

    static Map<String, HclFunction> all() {
        Map<String, HclFunction> f = new LinkedHashMap<>();
        f.put("length", DefinedFunction.of(List.of(param("value", ANY).unknownAllowed()), HclType.NUMBER, a -> length(a.get(0))));
        f.put("element", DefinedFunction.of(List.of(param("list", ANY), param("index", HclType.NUMBER)), ANY, CollectionFunctions::element));
        f.put("contains", DefinedFunction.of(List.of(param("list", ANY), param("value", ANY)), HclType.BOOL, a -> {
            for (HclValue v : sequence(a.get(0), 0)) {
                HclValue eq = ValueEquality.equal(v, a.get(1));
                if (!eq.isKnown()) {
                    return HclValue.unknown(HclType.BOOL);
                }
                if (eq.asBool()) {
                    return HclValue.TRUE;
                }
            }
            return HclValue.FALSE;
        }));
        f.put("index", DefinedFunction.of(List.of(param("list", ANY), param("value", ANY)), HclType.NUMBER, a -> {
            List<HclValue> items = sequence(a.get(0), 0);
            for (int i = 0; i < items.size(); i++) {
                if (ValueEquality.equal(items.get(i), a.get(1)).equals(HclValue.TRUE)) {
                    return HclValue.number(i);
                }
            }
            throw FunctionException.call("item not found");
        }));
        f.put("keys", DefinedFunction.of(List.of(param("inputMap", ANY)), ANY, a -> {
            HclValue m = mapping(a.get(0), 0);
            List<HclValue> keys = m.entries().keySet().stream().map(HclValue::string).toList();
            return m.type() instanceof HclType.MapType ? HclValue.list(HclType.STRING, keys) : HclValue.tuple(keys);
        }));
        f.put("values", DefinedFunction.of(List.of(param("mapping", ANY)), ANY, a -> {
            HclValue m = mapping(a.get(0), 0);
            List<HclValue> values = List.copyOf(m.entries().values());
            return m.type() instanceof HclType.MapType ? HclValue.list(m.type().elementType(), values) : HclValue.tuple(values);
        }));
        f.put("lookup", DefinedFunction.variadic(List.of(param("inputMap", ANY), param("key", HclType.STRING)),
                param("default", ANY).nullable(), ANY, CollectionFunctions::lookup));
        f.put("merge", DefinedFunction.variadic(List.of(), param("maps", ANY).nullable(), ANY, CollectionFunctions::merge));
        f.put("zipmap", DefinedFunction.of(List.of(param("keys", HclType.list(HclType.STRING)), param("values", ANY)), ANY, a -> {
            List<HclValue> keys = a.get(0).elements();
            List<HclValue> values = sequence(a.get(1), 1);
            if (keys.size() != values.size()) {
                throw FunctionException.call("number of keys (" + keys.size() + ") does not match number of values ("
                        + values.size() + ")");
            }
            Map<String, HclValue> out = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                out.put(keys.get(i).asString(), values.get(i));
            }
            return a.get(1).type() instanceof HclType.TupleType ? HclValue.object(out) : HclValue.map(a.get(1).type().elementType(), out);
        }));
        return f;
    }

    static HclValue length(HclValue v) throws FunctionException {
        HclType type = v.type();
        if (type == HclType.STRING) {
            return v.isKnown() ? HclValue.number(StringFunctions.graphemes(v.asString()).size()) : HclValue.unknown(HclType.NUMBER);
        }
        if (type instanceof HclType.TupleType t) {
            return HclValue.number(t.elements().size());
        }
        if (type instanceof HclType.ObjectType o) {
            return HclValue.number(o.attributes().size());
        }
        if (type == HclType.DYNAMIC || !v.isKnown()) {
            return HclValue.unknown(HclType.NUMBER);
        }
        if (type.isCollection()) {
            return HclValue.number(v.length());
        }
        throw FunctionException.argument(0, "argument must be a string, a collection type, or a structural type");
    }

    private static HclValue element(List<HclValue> a) throws FunctionException {
        List<HclValue> items = sequence(a.get(0), 0);
        int index = Arguments.integer(a, 1);
        if (items.isEmpty()) {
            throw FunctionException.argument(0, "cannot use element function with an empty list");
        }
        if (index < 0) {
            throw FunctionException.argument(1, "cannot use element function with a negative index");
        }
        return items.get(index % items.size());
    }

    private static HclValue lookup(List<HclValue> a) throws FunctionException {
        if (a.size() > 3) {
            throw FunctionException.call("lookup() takes no more than three arguments");
        }
        HclValue m = mapping(a.get(0), 0);
        String key = a.get(1).asString();
        HclValue found = m.entries().get(key);
        if (found != null) {
            return found;
        }
        if (a.size() == 3) {
            HclValue fallback = a.get(2);
            if (m.type() instanceof HclType.MapType mt) {
                return TypeConversion.tryConvert(fallback, mt.element()).orElse(fallback);
            }
            return fallback;
        }
        throw FunctionException.call("lookup failed to find key \"" + key + "\"");
    }

    private static HclValue merge(List<HclValue> args) throws FunctionException {
        Map<String, HclValue> out = new LinkedHashMap<>();
        List<HclType> elementTypes = new ArrayList<>();
        boolean allMaps = true;
        for (int i = 0; i < args.size(); i++) {
            HclValue m = args.get(i);
            if (m.isNull()) {
                continue;
            }
            mapping(m, i);
            allMaps &= m.type() instanceof HclType.MapType;
            if (m.type() instanceof HclType.MapType mt) {
                elementTypes.add(mt.element());
            }
            out.putAll(m.entries());
        }
        if (allMaps && !elementTypes.isEmpty() && elementTypes.stream().distinct().count() == 1) {
            return HclValue.map(elementTypes.get(0), out);
        }
        return HclValue.object(out);
    }

    /** Elements of a list, set or tuple argument. */
    static List<HclValue> sequence(HclValue v, int index) throws FunctionException {
        if (!v.type().isSequence()) {
            throw FunctionException.argument(index, "argument must be a list, set or tuple, not " + v.type().friendlyName());
        }
        return v.elements();
    }

    private static HclValue mapping(HclValue v, int index) throws FunctionException {
        if (!(v.type() instanceof HclType.MapType || v.type() instanceof HclType.ObjectType)) {
            throw FunctionException.argument(index, "must be a map or object, not " + v.type().friendlyName());
        }
        return v;
    }

    /** The unified element type of these values, for building a list of them. */
    static Optional<HclType> unifiedType(List<HclValue> values) {
        if (values.isEmpty()) {
            return Optional.of(HclType.DYNAMIC);
        }
        return TypeUnification.unify(values.stream().map(HclValue::type).toList(), true);
    }
}
