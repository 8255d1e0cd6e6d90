package io.dataops.workbench.hcl.eval.function;

import io.dataops.workbench.hcl.eval.FunctionException;
import io.dataops.workbench.hcl.eval.HclValue;

import java.math.BigDecimal;
import java.util.List;

/** Reading arguments of particular shapes, with cty's argument errors. */
final class Arguments {

    private Arguments() {
    }

    /** Argument {@code i} as an int; it must be a whole number in int range. */
    static int integer(List<HclValue> args, int i) throws FunctionException {
        BigDecimal n = args.get(i).asNumber();
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw FunctionException.argument(i, "value must be a whole number");
        }
    }
}
