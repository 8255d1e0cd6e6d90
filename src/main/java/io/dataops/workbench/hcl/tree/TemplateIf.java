package io.dataops.workbench.hcl.tree;

import java.util.List;

/**
 * {@code %{if condition}then%{else}otherwise%{endif}}; without {@code %{else}} the else parts are empty
 * ({@code hasElse} false), which evaluates like an empty string.
 */
public record TemplateIf(Span span, Expression condition, List<TemplatePart> thenParts, boolean hasElse,
                         List<TemplatePart> elseParts) implements TemplatePart {

    public TemplateIf {
        thenParts = List.copyOf(thenParts);
        elseParts = List.copyOf(elseParts);
    }
}
