package io.dataops.workbench.hcl.tree;

import java.util.List;

/** {@code { key = value, key2: value2 }}. */
public record ObjectExpr(Span span, List<ObjectItem> items) implements Expression {

    public ObjectExpr {
        items = List.copyOf(items);
    }
}
