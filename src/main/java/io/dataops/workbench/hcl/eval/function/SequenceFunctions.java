package io.dataops.workbench.hcl.eval.function;

import io.dataops.workbench.hcl.eval.BigFloatMath;
import io.dataops.workbench.hcl.eval.ConversionException;
import io.dataops.workbench.hcl.eval.FunctionException;
import io.dataops.workbench.hcl.eval.HclFunction;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.hcl.eval.TypeConversion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.dataops.workbench.hcl.eval.function.DefinedFunction.param;

/** Terraform's functions that build sequences: concat, flatten, distinct, compact, coalesce(list), range, reverse, slice, sort, sum. */
final class SequenceFunctions {

    private static final HclType ANY = HclType.DYNAMIC;

    private SequenceFunctions() {
    }

    static Map<String, HclFunction> all() {
        Map<String, HclFunction> f = new LinkedHashMap<>();
        f.put("concat", DefinedFunction.variadic(List.of(), param("seqs", ANY), ANY, SequenceFunctions::concat));
        f.put("flatten", DefinedFunction.of(List.of(param("list", ANY)), ANY, a -> {
            List<HclValue> out = new ArrayList<>();
            flatten(CollectionFunctions.sequence(a.get(0), 0), out);
            return HclValue.tuple(out);
        }));
        f.put("distinct", DefinedFunction.of(List.of(param("list", HclType.list(ANY))), ANY, a -> {
            List<HclValue> unique = new ArrayList<>(new LinkedHashSet<>(a.get(0).elements()));
            return HclValue.list(a.get(0).type().elementType(), unique);
        }));
        f.put("compact", DefinedFunction.of(List.of(param("list", HclType.list(HclType.STRING))), HclType.list(HclType.STRING), a ->
                HclValue.list(HclType.STRING, a.get(0).elements().stream()
                        .filter(v -> !v.isNull() && !v.asString().isEmpty()).toList())));
        f.put("coalesce", DefinedFunction.variadic(List.of(), param("vals", ANY).nullable(), ANY, SequenceFunctions::coalesce));
        f.put("coalescelist", DefinedFunction.variadic(List.of(), param("vals", ANY).nullable(), ANY, a -> {
            for (int i = 0; i < a.size(); i++) {
                HclValue v = a.get(i);
                if (!v.isNull() && CollectionFunctions.sequence(v, i).size() > 0) {
                    return v;
                }
            }
            throw FunctionException.call("no non-null arguments");
        }));
        f.put("range", DefinedFunction.variadic(List.of(), param("params", HclType.NUMBER), HclType.list(HclType.NUMBER), SequenceFunctions::range));
        f.put("reverse", DefinedFunction.of(List.of(param("list", ANY)), ANY, a -> {
            List<HclValue> items = new ArrayList<>(CollectionFunctions.sequence(a.get(0), 0));
            Collections.reverse(items);
            return a.get(0).type() instanceof HclType.TupleType ? HclValue.tuple(items) : HclValue.list(a.get(0).type().elementType(), items);
        }));
        f.put("slice", DefinedFunction.of(List.of(param("list", ANY), param("start_index", HclType.NUMBER), param("end_index", HclType.NUMBER)), ANY, a -> {
            List<HclValue> items = CollectionFunctions.sequence(a.get(0), 0);
            int start = Arguments.integer(a, 1);
            int end = Arguments.integer(a, 2);
            if (start < 0) {
                throw FunctionException.argument(1, "start index must not be less than zero");
            }
            if (end > items.size()) {
                throw FunctionException.argument(2, "end index must not be greater than the length of the list");
            }
            if (start > end) {
                throw FunctionException.argument(1, "start index must not be greater than end index");
            }
            List<HclValue> part = items.subList(start, end);
            return a.get(0).type() instanceof HclType.TupleType ? HclValue.tuple(part) : HclValue.list(a.get(0).type().elementType(), part);
        }));
        f.put("sort", DefinedFunction.of(List.of(param("list", HclType.list(HclType.STRING))), HclType.list(HclType.STRING), a -> {
            List<HclValue> items = new ArrayList<>(a.get(0).elements());
            for (HclValue v : items) {
                if (v.isNull()) {
                    throw FunctionException.argument(0, "given list element is null");
                }
            }
            items.sort((x, y) -> x.asString().compareTo(y.asString()));
            return HclValue.list(HclType.STRING, items);
        }));
        f.put("sum", DefinedFunction.of(List.of(param("list", ANY)), HclType.NUMBER, a -> {
            List<HclValue> items = CollectionFunctions.sequence(a.get(0), 0);
            if (items.isEmpty()) {
                throw FunctionException.argument(0, "cannot sum an empty list");
            }
            BigDecimal total = BigDecimal.ZERO;
            for (HclValue v : items) {
                try {
                    total = BigFloatMath.add(total, TypeConversion.convert(v, HclType.NUMBER).asNumber());
                } catch (ConversionException | IllegalStateException e) {
                    throw FunctionException.argument(0, "argument must be list, set, or tuple of number values");
                }
            }
            return HclValue.number(total);
        }));
        return f;
    }

    private static HclValue concat(List<HclValue> args) throws FunctionException {
        List<HclValue> all = new ArrayList<>();
        boolean allLists = true;
        HclType elementType = null;
        for (int i = 0; i < args.size(); i++) {
            HclValue seq = args.get(i);
            all.addAll(CollectionFunctions.sequence(seq, i));
            if (seq.type() instanceof HclType.ListType l && (elementType == null || elementType.equals(l.element()))) {
                elementType = l.element();
            } else {
                allLists = false;
            }
        }
        if (allLists && elementType != null) {
            return HclValue.list(elementType, all);
        }
        return HclValue.tuple(all);
    }

    private static void flatten(List<HclValue> items, List<HclValue> out) {
        for (HclValue v : items) {
            if (v.type().isSequence() && !v.isNull() && v.isKnown()) {
                flatten(v.elements(), out);
            } else {
                out.add(v);
            }
        }
    }

    private static HclValue coalesce(List<HclValue> args) throws FunctionException {
        Optional<HclType> type = CollectionFunctions.unifiedType(args.stream().filter(v -> !v.isNull()).toList());
        if (type.isEmpty()) {
            throw FunctionException.call("all arguments must have the same type");
        }
        for (HclValue v : args) {
            if (v.isNull()) {
                continue;
            }
            HclValue converted = TypeConversion.tryConvert(v, type.get()).orElse(v);
            if (converted.type() == HclType.STRING && converted.asString().isEmpty()) {
                continue;
            }
            return converted;
        }
        throw FunctionException.call("no non-null, non-empty-string arguments");
    }

    private static HclValue range(List<HclValue> args) throws FunctionException {
        if (args.isEmpty() || args.size() > 3) {
            throw FunctionException.call("must have one, two, or three arguments");
        }
        BigDecimal start = args.size() == 1 ? BigDecimal.ZERO : args.get(0).asNumber();
        BigDecimal limit = args.size() == 1 ? args.get(0).asNumber() : args.get(1).asNumber();
        BigDecimal step = args.size() == 3 ? args.get(2).asNumber() : (limit.compareTo(start) < 0 ? BigDecimal.ONE.negate() : BigDecimal.ONE);
        if (step.signum() == 0) {
            throw FunctionException.argument(args.size() - 1, "step must not be zero");
        }
        boolean down = limit.compareTo(start) < 0;
        if (down && step.signum() > 0) {
            throw FunctionException.argument(2, "step must be negative for a decreasing range");
        }
        if (!down && step.signum() < 0) {
            throw FunctionException.argument(2, "step must be positive for an increasing range");
        }
        List<HclValue> out = new ArrayList<>();
        for (BigDecimal v = start; down ? v.compareTo(limit) > 0 : v.compareTo(limit) < 0; v = BigFloatMath.add(v, step)) {
            if (out.size() >= 1024) {
                throw FunctionException.call("more than 1024 values were generated; either decrease the difference "
                        + "between start and end or use a smaller step");
            }
            out.add(HclValue.number(v));
        }
        return HclValue.list(HclType.NUMBER, out);
    }
}
