package io.dataops.workbench.hcl.tree;

import java.util.Optional;

/**
 * {@code [for k, v in coll : value if cond]} (a tuple) or {@code {for k, v in coll : key => value... if cond}}
 * (an object, {@code keyExpression} present; {@code grouped} when {@code ...} follows the value).
 */
public record ForExpr(Span span, Optional<String> keyVariable, String valueVariable, Expression collection,
                      Optional<Expression> keyExpression, Expression valueExpression,
                      Optional<Expression> condition, boolean grouped) implements Expression {

    public boolean producesObject() {
        return keyExpression.isPresent();
    }
}
