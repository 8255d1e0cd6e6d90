package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.Body;
import io.dataops.workbench.hcl.tree.BoolLiteral;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.TemplateExpr;
import io.dataops.workbench.hcl.tree.TupleExpr;
import io.dataops.workbench.hcl.tree.VariableExpr;

import java.util.List;
import java.util.Optional;

/** Reading the constant arguments Terraform reads without evaluation: strings, booleans, lists of names. */
final class Literals {

    private Literals() {
    }

    static Optional<Expression> expression(Body body, String name) {
        return body.attribute(name).map(Attribute::expression);
    }

    static Optional<String> string(Body body, String name) {
        return expression(body, name).flatMap(Literals::string);
    }

    static Optional<String> string(Expression expression) {
        if (expression instanceof TemplateExpr t) {
            return t.literalValue();
        }
        return Optional.empty();
    }

    /** A bare name ({@code aws.east}) or a string, as the text of an expression. */
    static Optional<String> nameOrString(Expression expression, String source) {
        return string(expression).or(() -> Optional.of(expression.span().text(source).trim()));
    }

    static boolean bool(Body body, String name, boolean fallback) {
        Optional<Expression> expression = expression(body, name);
        if (expression.isPresent() && expression.get() instanceof BoolLiteral b) {
            return b.value();
        }
        return fallback;
    }

    /** The elements of {@code name = [a, b]}, or nothing. */
    static List<Expression> list(Body body, String name) {
        return expression(body, name).filter(TupleExpr.class::isInstance).map(e -> ((TupleExpr) e).elements())
                .orElse(List.of());
    }

    static boolean isName(Expression expression, String name) {
        return expression instanceof VariableExpr v && v.name().equals(name);
    }
}
