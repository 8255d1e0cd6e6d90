package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.SplatExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splats ({@code x[*].a}, {@code x.*.a}) as hclsyntax evaluates them: the per-element expression runs once
 * per element of a list, set or tuple; any other value counts as a one-element tuple and null as an empty
 * one. A list or set source gives a list, a tuple source a tuple.
 */
final class SplatEvaluation {

    private SplatEvaluation() {
    }

    static HclValue splat(SplatExpr expr, EvalContext ctx, List<Diagnostic> diags) {
        int before = diags.size();
        HclValue source = ExpressionEvaluator.eval(expr.source(), ctx, diags);
        if (ExpressionEvaluator.hasErrors(diags.subList(before, diags.size()))) {
            // Evaluate the steps anyway, with no element, for any further diagnostics they have.
            ExpressionEvaluator.eval(expr.each(), ctx.withSplatItem(expr.item(), HclValue.DYNAMIC_UNKNOWN), diags);
            return HclValue.DYNAMIC_UNKNOWN;
        }
        HclType type = source.type();
        boolean upgrade = !type.isSequence();
        if (source.isNull()) {
            if (upgrade) {
                return HclValue.EMPTY_TUPLE;
            }
            diags.add(Diagnostic.error("Splat of null value",
                    "Splat expressions (with the * symbol) cannot be applied to null sequences.", expr.source().range()));
            return HclValue.DYNAMIC_UNKNOWN;
        }
        if (type == HclType.DYNAMIC) {
            return HclValue.DYNAMIC_UNKNOWN;
        }
        boolean upgradedUnknown = upgrade && !source.isKnown();
        if (upgrade) {
            source = HclValue.tuple(List.of(source));
            type = source.type();
        }
        if (!source.isKnown()) {
            return HclValue.unknown(resultType(expr, type, ctx, diags));
        }
        List<HclValue> values = new ArrayList<>();
        boolean known = true;
        for (HclValue element : source.elements()) {
            int mark = diags.size();
            values.add(ExpressionEvaluator.eval(expr.each(), ctx.withSplatItem(expr.item(), element), diags));
            if (ExpressionEvaluator.hasErrors(diags.subList(mark, diags.size()))) {
                known = false;
            }
        }
        if (upgradedUnknown) {
            return HclValue.DYNAMIC_UNKNOWN;
        }
        if (!known) {
            return HclValue.unknown(resultType(expr, type, ctx, new ArrayList<>()));
        }
        if (type instanceof HclType.TupleType) {
            return HclValue.tuple(values);
        }
        if (values.isEmpty()) {
            return HclValue.list(resultType(expr, type, ctx, diags).elementType(), List.of());
        }
        try {
            return CollectionValues.list(HclType.DYNAMIC, values);
        } catch (ConversionException e) {
            return HclValue.tuple(values);
        }
    }

    /** The result type, found by evaluating the steps on an unknown element of each element type. */
    private static HclType resultType(SplatExpr expr, HclType sourceType, EvalContext ctx, List<Diagnostic> diags) {
        if (sourceType instanceof HclType.TupleType tuple) {
            List<HclType> types = new ArrayList<>();
            for (HclType elementType : tuple.elements()) {
                HclValue each = ExpressionEvaluator.eval(expr.each(), ctx.withSplatItem(expr.item(), HclValue.unknown(elementType)), diags);
                types.add(each.type());
            }
            return HclType.tuple(types);
        }
        HclValue each = ExpressionEvaluator.eval(expr.each(),
                ctx.withSplatItem(expr.item(), HclValue.unknown(sourceType.elementType())), diags);
        return HclType.list(each.type());
    }
}
