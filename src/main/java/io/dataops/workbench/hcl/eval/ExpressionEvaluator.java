package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.NameSuggestion;
import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.BinaryOpExpr;
import io.dataops.workbench.hcl.tree.BoolLiteral;
import io.dataops.workbench.hcl.tree.ConditionalExpr;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.ForExpr;
import io.dataops.workbench.hcl.tree.FunctionCallExpr;
import io.dataops.workbench.hcl.tree.GetAttrExpr;
import io.dataops.workbench.hcl.tree.IndexExpr;
import io.dataops.workbench.hcl.tree.NullLiteral;
import io.dataops.workbench.hcl.tree.NumberLiteral;
import io.dataops.workbench.hcl.tree.ObjectExpr;
import io.dataops.workbench.hcl.tree.ParenthesesExpr;
import io.dataops.workbench.hcl.tree.SplatExpr;
import io.dataops.workbench.hcl.tree.SplatItemExpr;
import io.dataops.workbench.hcl.tree.TemplateExpr;
import io.dataops.workbench.hcl.tree.TupleExpr;
import io.dataops.workbench.hcl.tree.UnaryOpExpr;
import io.dataops.workbench.hcl.tree.VariableExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates expressions of the syntax tree to values, with hclsyntax's rules and diagnostics (same
 * summaries, same subject ranges). Errors never throw: the value is then unknown, so one mistake does not
 * cascade into more.
 */
public final class ExpressionEvaluator {

    private ExpressionEvaluator() {
    }

    /** Evaluates {@code expression} in {@code context}. */
    public static Evaluation evaluate(Expression expression, EvalContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        HclValue value = eval(expression, context, diagnostics);
        return new Evaluation(value, diagnostics);
    }

    static HclValue eval(Expression expression, EvalContext ctx, List<Diagnostic> diags) {
        if (expression instanceof NumberLiteral n) {
            return number(n, diags);
        }
        if (expression instanceof BoolLiteral b) {
            return HclValue.bool(b.value());
        }
        if (expression instanceof NullLiteral) {
            return HclValue.NULL;
        }
        if (expression instanceof TemplateExpr t) {
            Optional<Expression> wrapped = t.unwrapped();
            return wrapped.isPresent() ? eval(wrapped.get(), ctx, diags)
                    : TemplateEvaluation.template(t.parts(), t.range(), ctx, diags);
        }
        if (expression instanceof VariableExpr v) {
            return variable(v, ctx, diags);
        }
        if (expression instanceof GetAttrExpr g) {
            HclValue object = eval(g.object(), ctx, diags);
            return ValueAccess.getAttr(object, g.name(), Ranges.attributeStep(g), diags);
        }
        if (expression instanceof IndexExpr i) {
            HclValue collection = eval(i.collection(), ctx, diags);
            HclValue key = eval(i.key(), ctx, diags);
            return ValueAccess.index(collection, key, i.keyRange(), diags);
        }
        if (expression instanceof SplatExpr s) {
            return SplatEvaluation.splat(s, ctx, diags);
        }
        if (expression instanceof SplatItemExpr item) {
            return ctx.splatItem(item).orElse(HclValue.DYNAMIC_UNKNOWN);
        }
        if (expression instanceof FunctionCallExpr call) {
            return CallEvaluation.call(call, ctx, diags);
        }
        if (expression instanceof ForExpr f) {
            return ForEvaluation.forExpression(f, ctx, diags);
        }
        if (expression instanceof ConditionalExpr c) {
            return ConditionalEvaluation.conditional(c, ctx, diags);
        }
        if (expression instanceof BinaryOpExpr b) {
            return OperatorEvaluation.binary(b, ctx, diags);
        }
        if (expression instanceof UnaryOpExpr u) {
            return OperatorEvaluation.unary(u, ctx, diags);
        }
        if (expression instanceof TupleExpr t) {
            List<HclValue> elements = new ArrayList<>();
            t.elements().forEach(e -> elements.add(eval(e, ctx, diags)));
            return HclValue.tuple(elements);
        }
        if (expression instanceof ObjectExpr o) {
            return ObjectConstruction.object(o, ctx, diags);
        }
        if (expression instanceof ParenthesesExpr p) {
            return eval(p.inner(), ctx, diags);
        }
        // InvalidExpr: the parser has already reported why.
        return HclValue.DYNAMIC_UNKNOWN;
    }

    private static HclValue number(NumberLiteral literal, List<Diagnostic> diags) {
        try {
            return HclValue.number(BigFloatMath.parse(literal.text()));
        } catch (NumberFormatException | ArithmeticException e) {
            diags.add(Diagnostic.error("Invalid number literal",
                    "Failed to recognize the value of this number literal.", literal.range()));
            return HclValue.unknown(HclType.NUMBER);
        }
    }

    private static HclValue variable(VariableExpr v, EvalContext ctx, List<Diagnostic> diags) {
        if (!ctx.variablesAllowed()) {
            diags.add(Diagnostic.error("Variables not allowed", "Variables may not be used here.", v.range()));
            return HclValue.DYNAMIC_UNKNOWN;
        }
        return ctx.variable(v.name()).orElseGet(() -> {
            String suggestion = NameSuggestion.suggest(v.name(), ctx.variableNames())
                    .map(s -> " Did you mean \"" + s + "\"?").orElse("");
            diags.add(Diagnostic.error("Unknown variable",
                    "There is no variable named \"" + v.name() + "\"." + suggestion, v.range()));
            return HclValue.DYNAMIC_UNKNOWN;
        });
    }

    static boolean hasErrors(List<Diagnostic> diags) {
        return diags.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}
