package io.dataops.workbench.hcl.tree;

import java.util.List;

/** {@code [a, b, c]}. */
public record TupleExpr(Span span, List<Expression> elements) implements Expression {

    public TupleExpr {
        elements = List.copyOf(elements);
    }
}
