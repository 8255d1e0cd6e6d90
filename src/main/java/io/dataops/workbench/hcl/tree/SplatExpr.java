package io.dataops.workbench.hcl.tree;

import io.dataops.workbench.hcl.SourceRange;

/**
 * A splat, {@code source.*.attr} ({@code full} false: only attribute steps follow) or
 * {@code source[*].attr[0]} ({@code full} true: every following step, splats included). As in hclsyntax,
 * {@code each} is the per-element expression built on the placeholder {@code item}: evaluate
 * {@code source} (a non-list is wrapped in a one-element tuple, null gives an empty tuple), then
 * {@code each} once per element with {@code item} bound to it; the result is a tuple. With no steps
 * {@code each} is {@code item} itself. {@code markerRange} covers {@code .*} or {@code [*]}.
 */
public record SplatExpr(Span span, Expression source, Expression each, SplatItemExpr item, boolean full,
                        SourceRange markerRange) implements Expression {
}
