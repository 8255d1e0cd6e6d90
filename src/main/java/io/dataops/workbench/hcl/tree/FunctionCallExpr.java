package io.dataops.workbench.hcl.tree;

import io.dataops.workbench.hcl.SourceRange;

import java.util.List;

/**
 * {@code name(arg, ...)}; {@code name} may be namespaced, {@code provider::aws::arn_parse}.
 * {@code expandFinal} is true when the last argument is followed by {@code ...} (its elements become
 * separate arguments).
 */
public record FunctionCallExpr(Span span, String name, SourceRange nameRange, List<Expression> arguments,
                               boolean expandFinal, SourceRange openParenRange, SourceRange closeParenRange)
        implements Expression {

    public FunctionCallExpr {
        arguments = List.copyOf(arguments);
    }
}
