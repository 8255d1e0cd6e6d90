package io.dataops.workbench.hcl.eval;

import java.util.List;

/**
 * A function that receives its arguments unevaluated, so that it can look at their diagnostics: Terraform's
 * {@code try} and {@code can}. The evaluator calls {@link #callLazily} instead of {@link #call}.
 */
public interface ExpressionFunction extends HclFunction {

    /** An argument not yet evaluated: evaluating it returns its value and diagnostics. */
    @FunctionalInterface
    interface LazyArgument {
        Evaluation evaluate();
    }

    HclValue callLazily(List<LazyArgument> arguments) throws FunctionException;

    @Override
    default HclValue call(List<HclValue> arguments) throws FunctionException {
        throw FunctionException.call("this function must be called with expressions");
    }
}
