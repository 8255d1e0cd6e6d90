package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.GetAttrExpr;
import io.dataops.workbench.hcl.tree.IndexExpr;
import io.dataops.workbench.hcl.tree.ObjectExpr;
import io.dataops.workbench.hcl.tree.ObjectItem;
import io.dataops.workbench.hcl.tree.VariableExpr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code { key = value }}: a bare name is the key itself; other keys are evaluated and must convert to
 * a string. If any key is unknown or invalid the whole object is unknown, since its type is then unknown.
 */
final class ObjectConstruction {

    private ObjectConstruction() {
    }

    static HclValue object(ObjectExpr expr, EvalContext ctx, List<Diagnostic> diags) {
        Map<String, HclValue> attributes = new LinkedHashMap<>();
        boolean known = true;
        for (ObjectItem item : expr.items()) {
            Optional<String> name = key(item, ctx, diags);
            HclValue value = ExpressionEvaluator.eval(item.value(), ctx, diags);
            if (name.isEmpty()) {
                known = false;
            } else {
                attributes.put(name.get(), value);
            }
        }
        return known ? HclValue.object(attributes) : HclValue.DYNAMIC_UNKNOWN;
    }

    /** The key's name, or empty when it is unknown or invalid (diagnostics say which). */
    private static Optional<String> key(ObjectItem item, EvalContext ctx, List<Diagnostic> diags) {
        Optional<String> literal = item.literalKey();
        if (literal.isPresent()) {
            return literal;
        }
        if (isNakedTraversal(item.key())) {
            diags.add(Diagnostic.error("Ambiguous attribute key",
                    "If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended "
                    + "as a literal name containing periods, wrap it in quotes to create a string literal.",
                    item.key().range()));
            return Optional.empty();
        }
        int before = diags.size();
        HclValue key = ExpressionEvaluator.eval(item.key(), ctx, diags);
        if (ExpressionEvaluator.hasErrors(diags.subList(before, diags.size()))) {
            return Optional.empty();
        }
        if (key.isNull()) {
            diags.add(Diagnostic.error("Null value as key", "Can't use a null value as a key.", item.value().range()));
            return Optional.empty();
        }
        try {
            HclValue s = TypeConversion.convert(key, HclType.STRING);
            return s.isKnown() ? Optional.of(s.asString()) : Optional.empty();
        } catch (ConversionException e) {
            diags.add(Diagnostic.error("Incorrect key type", "Can't use this value as a key: " + e.getMessage() + ".",
                    item.key().range()));
            return Optional.empty();
        }
    }

    /** {@code a.b} or {@code a[0]} written without parentheses: a reference or a dotted name? HCL refuses to guess. */
    private static boolean isNakedTraversal(Expression key) {
        Expression e = key;
        boolean stepped = false;
        while (e instanceof GetAttrExpr || e instanceof IndexExpr) {
            stepped = true;
            e = e instanceof GetAttrExpr g ? g.object() : ((IndexExpr) e).collection();
        }
        return stepped && e instanceof VariableExpr;
    }
}
