package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.FunctionCallExpr;

import java.util.ArrayList;
import java.util.List;

/** Calls of {@link ExpressionFunction}s: the function gets its arguments unevaluated. */
final class LazyCalls {

    private LazyCalls() {
    }

    static HclValue call(ExpressionFunction function, FunctionCallExpr call, EvalContext ctx, SourceRange start,
                         List<Diagnostic> diags) {
        List<ExpressionFunction.LazyArgument> args = new ArrayList<>();
        for (Expression e : call.arguments()) {
            args.add(() -> ExpressionEvaluator.evaluate(e, ctx));
        }
        if (args.size() < function.parameters().size()) {
            diags.add(Diagnostic.error("Not enough function arguments", "Function \"" + call.name() + "\" expects at least "
                    + function.parameters().size() + " argument(s).", call.closeParenRange()));
            return HclValue.DYNAMIC_UNKNOWN;
        }
        try {
            return function.callLazily(args);
        } catch (FunctionException e) {
            diags.add(Diagnostic.error("Error in function call",
                    "Call to function \"" + call.name() + "\" failed: " + e.getMessage() + ".", start));
            return HclValue.DYNAMIC_UNKNOWN;
        }
    }
}
