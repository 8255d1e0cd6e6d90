package io.dataops.workbench.hcl.eval.function;

import io.dataops.workbench.hcl.eval.Evaluation;
import io.dataops.workbench.hcl.eval.ExpressionFunction;
import io.dataops.workbench.hcl.eval.FunctionException;
import io.dataops.workbench.hcl.eval.HclFunction;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terraform's {@code try} and {@code can}: they see whether evaluating an argument produced errors. A value
 * that is not wholly known could still fail later, so both then return an unknown, as Terraform does.
 */
final class ErrorHandlingFunctions {

    private ErrorHandlingFunctions() {
    }

    static Map<String, HclFunction> all() {
        Map<String, HclFunction> f = new LinkedHashMap<>();
        f.put("try", new Try());
        f.put("can", new Can());
        return f;
    }

    private static final class Try implements ExpressionFunction {
        @Override
        public List<Parameter> parameters() {
            return List.of();
        }

        @Override
        public java.util.Optional<Parameter> variadic() {
            return java.util.Optional.of(Parameter.of("expressions", HclType.DYNAMIC));
        }

        @Override
        public HclValue callLazily(List<LazyArgument> arguments) throws FunctionException {
            if (arguments.isEmpty()) {
                throw FunctionException.call("at least one argument is required");
            }
            for (LazyArgument argument : arguments) {
                Evaluation e = argument.evaluate();
                if (e.hasErrors()) {
                    continue;
                }
                return e.value().isWhollyKnown() ? e.value() : HclValue.DYNAMIC_UNKNOWN;
            }
            throw FunctionException.call("no expression succeeded");
        }
    }

    private static final class Can implements ExpressionFunction {
        @Override
        public List<Parameter> parameters() {
            return List.of(Parameter.of("expression", HclType.DYNAMIC));
        }

        @Override
        public HclValue callLazily(List<LazyArgument> arguments) throws FunctionException {
            if (arguments.size() != 1) {
                throw FunctionException.call("can() expects exactly one argument");
            }
            Evaluation e = arguments.get(0).evaluate();
            if (e.hasErrors()) {
                return HclValue.FALSE;
            }
            return e.value().isWhollyKnown() ? HclValue.TRUE : HclValue.unknown(HclType.BOOL);
        }
    }
}
