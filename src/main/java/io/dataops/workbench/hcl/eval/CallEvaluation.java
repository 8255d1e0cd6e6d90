package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.NameSuggestion;
import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.FunctionCallExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Function calls as hclsyntax evaluates them: look the name up, expand a final {@code ...} argument,
 * check the argument count, convert each argument to its parameter type, then call; unknown or dynamic
 * arguments give an unknown result unless the parameter accepts them. Diagnostics use HCL's summaries and
 * subjects (the argument at fault, or the call's name and opening parenthesis).
 */
final class CallEvaluation {

    private CallEvaluation() {
    }

    /** An argument: its expression (for ranges) and, once evaluated, its value. */
    private record Argument(Expression expression, HclValue value) {
    }

    static HclValue call(FunctionCallExpr call, EvalContext ctx, List<Diagnostic> diags) {
        Optional<FunctionTable> table = ctx.functions();
        if (table.isEmpty()) {
            diags.add(Diagnostic.error("Function calls not allowed", "Functions may not be called here.", call.range()));
            return HclValue.DYNAMIC_UNKNOWN;
        }
        Optional<HclFunction> found = table.get().get(call.name());
        if (found.isEmpty()) {
            String suggestion = NameSuggestion.suggest(call.name(), table.get().names())
                    .map(s -> " Did you mean \"" + s + "\"?").orElse("");
            diags.add(Diagnostic.error("Call to unknown function",
                    "There is no function named \"" + call.name() + "\"." + suggestion, call.nameRange()));
            return HclValue.DYNAMIC_UNKNOWN;
        }
        HclFunction function = found.get();
        SourceRange start = Ranges.between(call.nameRange(), call.openParenRange());
        if (function instanceof ExpressionFunction lazy) {
            return LazyCalls.call(lazy, call, ctx, start, diags);
        }
        List<Argument> args = arguments(call, ctx, diags);
        if (args == null) {
            return HclValue.DYNAMIC_UNKNOWN;
        }
        List<HclFunction.Parameter> params = function.parameters();
        Optional<HclFunction.Parameter> variadic = function.variadic();
        if (args.size() < params.size()) {
            diags.add(Diagnostic.error("Not enough function arguments", "Function \"" + call.name() + "\" expects"
                    + (variadic.isPresent() ? " at least" : "") + " " + params.size() + " argument(s). Missing value for \""
                    + params.get(args.size()).name() + "\".", call.closeParenRange()));
            return HclValue.DYNAMIC_UNKNOWN;
        }
        if (variadic.isEmpty() && args.size() > params.size()) {
            diags.add(Diagnostic.error("Too many function arguments", "Function \"" + call.name() + "\" expects only "
                    + params.size() + " argument(s).", startOf(args.get(params.size()).expression())));
            return HclValue.DYNAMIC_UNKNOWN;
        }
        int before = diags.size();
        List<HclValue> values = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            HclFunction.Parameter param = i < params.size() ? params.get(i) : variadic.orElseThrow();
            try {
                values.add(TypeConversion.convert(args.get(i).value(), param.type()));
            } catch (ConversionException e) {
                diags.add(invalidArgument(param, e.getMessage(), args.get(i).expression()));
                values.add(HclValue.unknown(param.type()));
            }
        }
        if (ExpressionEvaluator.hasErrors(diags.subList(before, diags.size()))) {
            return HclValue.DYNAMIC_UNKNOWN;
        }
        for (int i = 0; i < values.size(); i++) {
            HclFunction.Parameter param = i < params.size() ? params.get(i) : variadic.orElseThrow();
            HclValue v = values.get(i);
            if (v.isNull() && !param.allowNull()) {
                diags.add(invalidArgument(param, "argument must not be null", args.get(i).expression()));
                return HclValue.DYNAMIC_UNKNOWN;
            }
        }
        List<HclType> types = values.stream().map(HclValue::type).toList();
        for (int i = 0; i < values.size(); i++) {
            HclFunction.Parameter param = i < params.size() ? params.get(i) : variadic.orElseThrow();
            HclValue v = values.get(i);
            // A literal null is of unknown type too, but a parameter that accepts nulls takes it as it is.
            if (v.type() == HclType.DYNAMIC && !param.allowDynamic() && !(v.isNull() && param.allowNull())) {
                return HclValue.DYNAMIC_UNKNOWN;
            }
            if (!v.isWhollyKnown() && !param.allowUnknown()) {
                return HclValue.unknown(function.returnType(types));
            }
        }
        try {
            return function.call(values);
        } catch (FunctionException e) {
            int index = e.argumentIndex();
            if (index >= 0 && index < args.size()) {
                HclFunction.Parameter param = index < params.size() ? params.get(index) : variadic.orElseThrow();
                diags.add(invalidArgument(param, e.getMessage(), args.get(index).expression()));
            } else {
                diags.add(Diagnostic.error("Error in function call",
                        "Call to function \"" + call.name() + "\" failed: " + e.getMessage() + ".", start));
            }
            return HclValue.DYNAMIC_UNKNOWN;
        }
    }

    /** The evaluated arguments with a final {@code ...} expanded; null when that expansion failed. */
    private static List<Argument> arguments(FunctionCallExpr call, EvalContext ctx, List<Diagnostic> diags) {
        List<Expression> exprs = call.arguments();
        List<Argument> args = new ArrayList<>();
        int plain = call.expandFinal() ? exprs.size() - 1 : exprs.size();
        for (int i = 0; i < plain; i++) {
            args.add(new Argument(exprs.get(i), ExpressionEvaluator.eval(exprs.get(i), ctx, diags)));
        }
        if (!call.expandFinal() || exprs.isEmpty()) {
            return args;
        }
        Expression last = exprs.get(exprs.size() - 1);
        int before = diags.size();
        HclValue expand = ExpressionEvaluator.eval(last, ctx, diags);
        if (ExpressionEvaluator.hasErrors(diags.subList(before, diags.size()))) {
            return null;
        }
        boolean sequence = expand.type().isSequence() && !(expand.type() instanceof HclType.MapType);
        if (expand.type() != HclType.DYNAMIC && !sequence) {
            diags.add(Diagnostic.error("Invalid expanding argument value",
                    "The expanding argument (indicated by ...) must be of a tuple, list, or set type.", last.range()));
            return null;
        }
        if (expand.isNull()) {
            diags.add(Diagnostic.error("Invalid expanding argument value",
                    "The expanding argument (indicated by ...) must not be null.", last.range()));
            return null;
        }
        if (expand.type() == HclType.DYNAMIC || !expand.isKnown()) {
            return null;
        }
        expand.elements().forEach(v -> args.add(new Argument(last, v)));
        return args;
    }

    private static Diagnostic invalidArgument(HclFunction.Parameter param, String message, Expression arg) {
        return Diagnostic.error("Invalid function argument",
                "Invalid value for \"" + param.name() + "\" parameter: " + message + ".", startOf(arg));
    }

    /** hclsyntax's StartRange: for most expressions their whole range is close enough. */
    private static SourceRange startOf(Expression e) {
        return e.range();
    }
}
