package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.FunctionCallExpr;
import io.dataops.workbench.hcl.tree.ObjectExpr;
import io.dataops.workbench.hcl.tree.ObjectItem;
import io.dataops.workbench.hcl.tree.ParenthesesExpr;
import io.dataops.workbench.hcl.tree.TupleExpr;
import io.dataops.workbench.hcl.tree.VariableExpr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a type constraint written as an expression ({@code string}, {@code list(number)},
 * {@code object({name = string})}, {@code any}), as HCL's typeexpr extension and Terraform's variable
 * {@code type} do. Problems are reported as "Invalid type specification".
 */
public final class TypeExpressions {

    private static final String INVALID = "Invalid type specification";

    private TypeExpressions() {
    }

    /** The type, or empty with diagnostics when the expression is no valid type constraint. */
    public static Optional<HclType> typeConstraint(Expression expr, List<Diagnostic> diags) {
        int before = diags.size();
        HclType type = read(expr, diags);
        return diags.size() == before ? Optional.of(type) : Optional.empty();
    }

    private static HclType read(Expression expr, List<Diagnostic> diags) {
        if (expr instanceof ParenthesesExpr p) {
            return read(p.inner(), diags);
        }
        if (expr instanceof VariableExpr v) {
            switch (v.name()) {
                case "string":
                    return HclType.STRING;
                case "number":
                    return HclType.NUMBER;
                case "bool":
                    return HclType.BOOL;
                case "any":
                    return HclType.DYNAMIC;
                case "list": case "map": case "set": case "tuple": case "object":
                    return fail(diags, "The " + v.name() + " type constructor requires one argument specifying the "
                            + "element type" + (v.name().equals("object") ? "s" : "") + ".", expr);
                default:
                    return fail(diags, "The keyword \"" + v.name() + "\" is not a valid type specification.", expr);
            }
        }
        if (!(expr instanceof FunctionCallExpr call)) {
            return fail(diags, "A type specification is either a primitive type keyword (bool, number, string) or a "
                    + "complex type constructor call, like list(string).", expr);
        }
        if (call.arguments().size() != 1) {
            return fail(diags, "The " + call.name() + " type constructor requires one argument.", expr);
        }
        Expression arg = call.arguments().get(0);
        switch (call.name()) {
            case "list":
                return HclType.list(read(arg, diags));
            case "map":
                return HclType.map(read(arg, diags));
            case "set":
                return HclType.set(read(arg, diags));
            case "tuple":
                return tuple(arg, diags);
            case "object":
                return object(arg, diags);
            default:
                return fail(diags, "Keyword \"" + call.name() + "\" is not a valid type constructor.", expr);
        }
    }

    private static HclType tuple(Expression arg, List<Diagnostic> diags) {
        if (!(arg instanceof TupleExpr t)) {
            return fail(diags, "Tuple type constructor requires a list of element types.", arg);
        }
        List<HclType> elements = new ArrayList<>();
        t.elements().forEach(e -> elements.add(read(e, diags)));
        return HclType.tuple(elements);
    }

    private static HclType object(Expression arg, List<Diagnostic> diags) {
        if (!(arg instanceof ObjectExpr o)) {
            return fail(diags, "Object type constructor requires a map whose keys are attribute names and whose "
                    + "values are the corresponding attribute types.", arg);
        }
        Map<String, HclType> attributes = new LinkedHashMap<>();
        for (ObjectItem item : o.items()) {
            Optional<String> name = item.literalKey();
            if (name.isEmpty()) {
                Evaluation key = ExpressionEvaluator.evaluate(item.key(), EvalContext.NONE);
                if (!key.hasErrors() && key.value().type() == HclType.STRING && key.value().isKnown()) {
                    name = Optional.of(key.value().asString());
                }
            }
            if (name.isEmpty()) {
                fail(diags, "Object constructor map keys must be attribute names.", item.key());
                continue;
            }
            attributes.put(name.get(), read(item.value(), diags));
        }
        return HclType.object(attributes);
    }

    private static HclType fail(List<Diagnostic> diags, String detail, Expression expr) {
        diags.add(Diagnostic.error(INVALID, detail, expr.range()));
        return HclType.DYNAMIC;
    }
}
