package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.ForExpr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code [for ...]} and {@code {for ...}} as hclsyntax evaluates them: the collection must be iterable
 * (lists and tuples give index and element, maps and objects key and value, sets the element twice); the
 * {@code if} clause filters; an object result needs string keys, unique unless grouped with {@code ...}.
 * An unknown collection, condition or key makes the whole result unknown.
 */
final class ForEvaluation {

    private ForEvaluation() {
    }

    /** False (with a diagnostic) when the value cannot be iterated: null, or not a collection or structure. */
    static boolean checkIterable(HclValue collection, SourceRange range, List<Diagnostic> diags) {
        if (collection.isNull()) {
            diags.add(Diagnostic.error("Iteration over null value",
                    "A null value cannot be used as the collection in a 'for' expression.", range));
            return false;
        }
        HclType type = collection.type();
        boolean iterable = type == HclType.DYNAMIC || type.isCollection()
                || type instanceof HclType.TupleType || type instanceof HclType.ObjectType;
        if (!iterable) {
            diags.add(Diagnostic.error("Iteration over non-iterable value",
                    "A value of type " + type.friendlyName() + " cannot be used as the collection in a 'for' expression.", range));
        }
        return iterable;
    }

    static HclValue forExpression(ForExpr expr, EvalContext ctx, List<Diagnostic> diags) {
        HclValue collection = ExpressionEvaluator.eval(expr.collection(), ctx, diags);
        if (!checkIterable(collection, expr.collection().range(), diags)
                || collection.type() == HclType.DYNAMIC || !collection.isKnown()) {
            return HclValue.DYNAMIC_UNKNOWN;
        }
        if (expr.condition().isPresent() && !conditionTypeOk(expr, ctx, diags)) {
            return HclValue.DYNAMIC_UNKNOWN;
        }
        boolean known = true;
        List<HclValue> tupleElements = new ArrayList<>();
        Map<String, HclValue> attributes = new LinkedHashMap<>();
        Map<String, List<HclValue>> groups = new LinkedHashMap<>();
        for (Map.Entry<HclValue, HclValue> pair : collection.iterationPairs()) {
            Map<String, HclValue> vars = new HashMap<>();
            expr.keyVariable().ifPresent(k -> vars.put(k, pair.getKey()));
            vars.put(expr.valueVariable(), pair.getValue());
            EvalContext child = ctx.child(vars);
            if (expr.condition().isPresent()) {
                Boolean include = include(expr.condition().get(), child, known, diags);
                if (include == null) {
                    known = false;
                    continue;
                }
                if (!include) {
                    continue;
                }
            }
            if (!expr.producesObject()) {
                tupleElements.add(ExpressionEvaluator.eval(expr.valueExpression(), child, diags));
                continue;
            }
            Expression keyExpr = expr.keyExpression().orElseThrow();
            HclValue key = ExpressionEvaluator.eval(keyExpr, child, diags);
            if (key.isNull()) {
                if (known) {
                    diags.add(Diagnostic.error("Invalid object key",
                            "Key expression in 'for' expression must not produce a null value.", keyExpr.range()));
                }
                known = false;
                continue;
            }
            if (!key.isKnown()) {
                known = false;
                continue;
            }
            String name;
            try {
                name = TypeConversion.convert(key, HclType.STRING).asString();
            } catch (ConversionException e) {
                if (known) {
                    diags.add(Diagnostic.error("Invalid object key",
                            "The key expression produced an invalid result: " + e.getMessage() + ".", keyExpr.range()));
                }
                known = false;
                continue;
            }
            HclValue value = ExpressionEvaluator.eval(expr.valueExpression(), child, diags);
            if (expr.grouped()) {
                groups.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } else if (attributes.containsKey(name)) {
                diags.add(Diagnostic.error("Duplicate object key", "Two different items produced the key \"" + name
                        + "\" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value "
                        + "expression to enable grouping by key.", keyExpr.range()));
            } else {
                attributes.put(name, value);
            }
        }
        if (!known) {
            return HclValue.DYNAMIC_UNKNOWN;
        }
        if (!expr.producesObject()) {
            return HclValue.tuple(tupleElements);
        }
        if (expr.grouped()) {
            groups.forEach((name, values) -> attributes.put(name, HclValue.tuple(values)));
        }
        return HclValue.object(attributes);
    }

    /** The early check of the if clause with unknown variables, which catches wrong types once, not per element. */
    private static boolean conditionTypeOk(ForExpr expr, EvalContext ctx, List<Diagnostic> diags) {
        Map<String, HclValue> vars = new HashMap<>();
        expr.keyVariable().ifPresent(k -> vars.put(k, HclValue.DYNAMIC_UNKNOWN));
        vars.put(expr.valueVariable(), HclValue.DYNAMIC_UNKNOWN);
        Expression condition = expr.condition().orElseThrow();
        List<Diagnostic> condDiags = new ArrayList<>();
        HclValue result = ExpressionEvaluator.eval(condition, ctx.child(vars), condDiags);
        diags.addAll(condDiags);
        if (result.isNull()) {
            diags.add(Diagnostic.error("Condition is null", "The value of the 'if' clause must not be null.", condition.range()));
            return false;
        }
        try {
            TypeConversion.convert(result, HclType.BOOL);
        } catch (ConversionException e) {
            diags.add(Diagnostic.error("Invalid 'for' condition",
                    "The 'if' clause value is invalid: " + e.getMessage() + ".", condition.range()));
            return false;
        }
        return !ExpressionEvaluator.hasErrors(condDiags);
    }

    /** True or false from the if clause; null when it is unknown or invalid. */
    private static Boolean include(Expression condition, EvalContext child, boolean reportErrors, List<Diagnostic> diags) {
        HclValue raw = ExpressionEvaluator.eval(condition, child, diags);
        if (raw.isNull()) {
            if (reportErrors) {
                diags.add(Diagnostic.error("Invalid 'for' condition", "The value of the 'if' clause must not be null.", condition.range()));
            }
            return null;
        }
        if (!raw.isKnown()) {
            return null;
        }
        try {
            return TypeConversion.convert(raw, HclType.BOOL).asBool();
        } catch (ConversionException e) {
            if (reportErrors) {
                diags.add(Diagnostic.error("Invalid 'for' condition",
                        "The 'if' clause value is invalid: " + e.getMessage() + ".", condition.range()));
            }
            return null;
        }
    }
}
