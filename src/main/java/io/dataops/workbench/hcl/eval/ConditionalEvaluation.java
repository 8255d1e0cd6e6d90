package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.ConditionalExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code cond ? a : b} as hclsyntax evaluates it: both results are evaluated and must unify to one type
 * (a literal null takes the other side's type); only the chosen side's diagnostics are reported; an unknown
 * condition gives an unknown of the unified type.
 */
final class ConditionalEvaluation {

    private ConditionalEvaluation() {
    }

    static HclValue conditional(ConditionalExpr expr, EvalContext ctx, List<Diagnostic> diags) {
        List<Diagnostic> trueDiags = new ArrayList<>();
        List<Diagnostic> falseDiags = new ArrayList<>();
        HclValue trueResult = ExpressionEvaluator.eval(expr.trueResult(), ctx, trueDiags);
        HclValue falseResult = ExpressionEvaluator.eval(expr.falseResult(), ctx, falseDiags);

        HclType resultType;
        if (trueResult.equals(HclValue.NULL)) {
            resultType = falseResult.type();
        } else if (falseResult.equals(HclValue.NULL)) {
            resultType = trueResult.type();
        } else if (trueResult.type() == HclType.DYNAMIC || falseResult.type() == HclType.DYNAMIC) {
            resultType = HclType.DYNAMIC;
        } else {
            Optional<HclType> unified = TypeUnification.unify(List.of(trueResult.type(), falseResult.type()), true);
            if (unified.isEmpty()) {
                diags.add(Diagnostic.error("Inconsistent conditional result types",
                        "The true and false result expressions must have consistent types. "
                        + ConditionalMismatch.describe(trueResult.type(), falseResult.type()) + ".",
                        Ranges.between(expr.trueResult().range(), expr.falseResult().range())));
                return HclValue.DYNAMIC_UNKNOWN;
            }
            resultType = unified.get();
        }

        HclValue condition = ExpressionEvaluator.eval(expr.condition(), ctx, diags);
        if (condition.isNull()) {
            diags.add(Diagnostic.error("Null condition",
                    "The condition value is null. Conditions must either be true or false.", expr.condition().range()));
            return HclValue.unknown(resultType);
        }
        if (!condition.isKnown()) {
            return HclValue.unknown(resultType);
        }
        HclValue bool;
        try {
            bool = TypeConversion.convert(condition, HclType.BOOL);
        } catch (ConversionException e) {
            diags.add(Diagnostic.error("Incorrect condition type", "The condition expression must be of type bool.",
                    expr.condition().range()));
            return HclValue.unknown(resultType);
        }
        boolean chooseTrue = bool.asBool();
        HclValue chosen = chooseTrue ? trueResult : falseResult;
        diags.addAll(chooseTrue ? trueDiags : falseDiags);
        try {
            return TypeConversion.convert(chosen, resultType);
        } catch (ConversionException e) {
            diags.add(Diagnostic.error("Inconsistent conditional result types",
                    "The " + (chooseTrue ? "true" : "false") + " result value has the wrong type: " + e.getMessage() + ".",
                    (chooseTrue ? expr.trueResult() : expr.falseResult()).range()));
            return HclValue.unknown(resultType);
        }
    }
}
