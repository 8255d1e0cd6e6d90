package io.dataops.workbench.hcl.tree;

/**
 * <code>${expression}</code>. The strip flags record <code>${~</code> and <code>~}</code>; their effect on neighbouring
 * literals is already applied, so evaluation can ignore them.
 */
public record TemplateInterpolation(Span span, Expression expression, boolean stripBefore, boolean stripAfter)
        implements TemplatePart {
}
