package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.tree.TemplateFor;
import io.dataops.workbench.hcl.tree.TemplateIf;
import io.dataops.workbench.hcl.tree.TemplateInterpolation;
import io.dataops.workbench.hcl.tree.TemplateLiteral;
import io.dataops.workbench.hcl.tree.TemplatePart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * String templates: literal parts (already decoded by the parser) and interpolated values converted to
 * strings and joined; {@code %{if}} chooses a branch as a conditional does; {@code %{for}} repeats its body
 * per element. Any unknown part makes the whole string unknown; a null interpolation is an error.
 */
final class TemplateEvaluation {

    private TemplateEvaluation() {
    }

    static HclValue template(List<TemplatePart> parts, SourceRange range, EvalContext ctx, List<Diagnostic> diags) {
        StringBuilder out = new StringBuilder();
        boolean known = true;
        int before = diags.size();
        for (TemplatePart part : parts) {
            HclValue value = part(part, ctx, diags);
            if (value.isNull()) {
                diags.add(Diagnostic.error("Invalid template interpolation value",
                        "The expression result is null. Cannot include a null value in a string template.", subject(part)));
                continue;
            }
            if (!value.isKnown()) {
                known = false;
                continue;
            }
            try {
                HclValue s = TypeConversion.convert(value, HclType.STRING);
                out.append(s.asString());
            } catch (ConversionException e) {
                diags.add(Diagnostic.error("Invalid template interpolation value",
                        "Cannot include the given value in a string template: " + e.getMessage() + ".", subject(part)));
            }
        }
        boolean failed = ExpressionEvaluator.hasErrors(diags.subList(before, diags.size()));
        return known && !failed ? HclValue.string(out.toString()) : HclValue.unknown(HclType.STRING);
    }

    private static HclValue part(TemplatePart part, EvalContext ctx, List<Diagnostic> diags) {
        if (part instanceof TemplateLiteral literal) {
            return HclValue.string(literal.value());
        }
        if (part instanceof TemplateInterpolation interpolation) {
            return ExpressionEvaluator.eval(interpolation.expression(), ctx, diags);
        }
        if (part instanceof TemplateIf directive) {
            return ifDirective(directive, ctx, diags);
        }
        return forDirective((TemplateFor) part, ctx, diags);
    }

    private static SourceRange subject(TemplatePart part) {
        return part instanceof TemplateInterpolation i ? i.expression().range() : part.range();
    }

    private static HclValue ifDirective(TemplateIf directive, EvalContext ctx, List<Diagnostic> diags) {
        List<Diagnostic> thenDiags = new ArrayList<>();
        List<Diagnostic> elseDiags = new ArrayList<>();
        HclValue then = template(directive.thenParts(), directive.range(), ctx, thenDiags);
        HclValue otherwise = template(directive.elseParts(), directive.range(), ctx, elseDiags);
        HclValue condition = ExpressionEvaluator.eval(directive.condition(), ctx, diags);
        if (condition.isNull()) {
            diags.add(Diagnostic.error("Null condition",
                    "The condition value is null. Conditions must either be true or false.", directive.condition().range()));
            return HclValue.unknown(HclType.STRING);
        }
        if (!condition.isKnown()) {
            return HclValue.unknown(HclType.STRING);
        }
        try {
            boolean chooseThen = TypeConversion.convert(condition, HclType.BOOL).asBool();
            diags.addAll(chooseThen ? thenDiags : elseDiags);
            return chooseThen ? then : otherwise;
        } catch (ConversionException e) {
            diags.add(Diagnostic.error("Incorrect condition type", "The condition expression must be of type bool.",
                    directive.condition().range()));
            return HclValue.unknown(HclType.STRING);
        }
    }

    private static HclValue forDirective(TemplateFor directive, EvalContext ctx, List<Diagnostic> diags) {
        HclValue collection = ExpressionEvaluator.eval(directive.collection(), ctx, diags);
        if (!ForEvaluation.checkIterable(collection, directive.collection().range(), diags)) {
            return HclValue.unknown(HclType.STRING);
        }
        if (collection.type() == HclType.DYNAMIC || !collection.isKnown()) {
            return HclValue.unknown(HclType.STRING);
        }
        StringBuilder out = new StringBuilder();
        boolean known = true;
        for (Map.Entry<HclValue, HclValue> pair : collection.iterationPairs()) {
            Map<String, HclValue> vars = new HashMap<>();
            directive.keyVariable().ifPresent(k -> vars.put(k, pair.getKey()));
            vars.put(directive.valueVariable(), pair.getValue());
            HclValue body = template(directive.body(), directive.range(), ctx.child(vars), diags);
            if (!body.isKnown()) {
                known = false;
            } else {
                out.append(body.asString());
            }
        }
        return known ? HclValue.string(out.toString()) : HclValue.unknown(HclType.STRING);
    }
}
