package io.dataops.workbench.hcl.eval.function;

import io.dataops.workbench.hcl.eval.FunctionException;
import io.dataops.workbench.hcl.eval.HclFunction;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.dataops.workbench.hcl.eval.function.DefinedFunction.param;

/** Terraform's numeric functions: min, max, abs, ceil, floor, signum, parseint. */
final class NumericFunctions {

    private static final HclType N = HclType.NUMBER;

    private NumericFunctions() {
    }

    static Map<String, HclFunction> all() {
        Map<String, HclFunction> f = new LinkedHashMap<>();
        f.put("min", DefinedFunction.variadic(List.of(), param("numbers", N), N, a -> extreme(a, false)));
        f.put("max", DefinedFunction.variadic(List.of(), param("numbers", N), N, a -> extreme(a, true)));
        f.put("abs", unary(BigDecimal::abs));
        f.put("ceil", unary(n -> n.setScale(0, RoundingMode.CEILING)));
        f.put("floor", unary(n -> n.setScale(0, RoundingMode.FLOOR)));
        f.put("signum", unary(n -> BigDecimal.valueOf(n.signum())));
        f.put("parseint", DefinedFunction.of(List.of(param("number", HclType.STRING), param("base", N)), N, a -> {
            int base = Arguments.integer(a, 1);
            if (base < 2 || base > 62) {
                throw FunctionException.argument(1, "base must be a whole number between 2 and 62 inclusive");
            }
            try {
                return HclValue.number(new BigDecimal(new BigInteger(a.get(0).asString(), Math.min(base, 36))));
            } catch (NumberFormatException e) {
                throw FunctionException.argument(0, "cannot parse \"" + a.get(0).asString() + "\" as a base " + base + " integer");
            }
        }));
        return f;
    }

    private interface NumberOp {
        BigDecimal apply(BigDecimal n);
    }

    private static HclFunction unary(NumberOp op) {
        return DefinedFunction.of(List.of(param("num", N)), N, a -> HclValue.number(op.apply(a.get(0).asNumber())));
    }

    private static HclValue extreme(List<HclValue> args, boolean max) throws FunctionException {
        if (args.isEmpty()) {
            throw FunctionException.call("must pass at least one number");
        }
        BigDecimal best = args.get(0).asNumber();
        for (HclValue v : args.subList(1, args.size())) {
            int cmp = v.asNumber().compareTo(best);
            if (max ? cmp > 0 : cmp < 0) {
                best = v.asNumber();
            }
        }
        return HclValue.number(best);
    }
}
