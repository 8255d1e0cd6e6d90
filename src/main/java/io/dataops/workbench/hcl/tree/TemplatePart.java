package io.dataops.workbench.hcl.tree;

/** One element of a template: literal text, a <code>${...}</code> interpolation, or an {@code %{if}} / {@code %{for}} directive. */
public sealed interface TemplatePart extends Node permits TemplateLiteral, TemplateInterpolation, TemplateIf, TemplateFor {
}
