package io.dataops.workbench.hcl.tree;

import io.dataops.workbench.hcl.SourceRange;

/** {@code object.name}: attribute access. The span runs from the object's start to the name's end. */
public record GetAttrExpr(Span span, Expression object, String name, SourceRange nameRange) implements Expression {
}
