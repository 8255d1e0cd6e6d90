package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.tree.InvalidExpr;
import io.dataops.workbench.hcl.tree.Span;
import io.dataops.workbench.hcl.tree.TemplateFor;
import io.dataops.workbench.hcl.tree.TemplateIf;
import io.dataops.workbench.hcl.tree.TemplateInterpolation;
import io.dataops.workbench.hcl.tree.TemplateLiteral;
import io.dataops.workbench.hcl.tree.TemplatePart;

import java.util.ArrayList;
import java.util.List;

/**
 * Nests the flat {@link TemplateItems} into {@link TemplatePart}s: an {@code %{if}} collects parts up to
 * its {@code %{else}} / {@code %{endif}}, a {@code %{for}} up to its {@code %{endfor}}. Unbalanced
 * directives are reported as hclsyntax does and become an invalid interpolation (unknown when evaluated).
 * Recursion follows directive nesting, which the expression depth limit already bounds.
 */
final class TemplateTreeBuilder {

    private final ParseContext ctx;
    private final List<TemplateItems.Item> items;
    private int position;
    private int depth;

    TemplateTreeBuilder(ParseContext ctx, List<TemplateItems.Item> items) {
        this.ctx = ctx;
        this.items = items;
    }

    List<TemplatePart> build() {
        List<TemplatePart> parts = new ArrayList<>();
        while (!(peek() instanceof TemplateItems.End)) {
            parts.add(parsePart());
        }
        return parts;
    }

    private TemplateItems.Item peek() {
        return items.get(position);
    }

    private TemplateItems.Item read() {
        TemplateItems.Item item = items.get(position);
        if (!(item instanceof TemplateItems.End)) {
            position++;
        }
        return item;
    }

    private TemplatePart parsePart() {
        TemplateItems.Item item = peek();
        if (item instanceof TemplateItems.Literal literal) {
            read();
            return new TemplateLiteral(literal.span, literal.value);
        }
        if (item instanceof TemplateItems.Interpolation interpolation) {
            read();
            return new TemplateInterpolation(interpolation.span(), interpolation.expression(),
                    interpolation.stripBefore(), interpolation.stripAfter());
        }
        if ((item instanceof TemplateItems.IfOpen || item instanceof TemplateItems.ForOpen)
                && depth >= TokenCursor.MAX_DEPTH) {
            read();
            ctx.error("Nesting too deep", "Template directives are nested more than " + TokenCursor.MAX_DEPTH
                    + " levels deep.", item.span().range());
            return placeholder(item.span());
        }
        if (item instanceof TemplateItems.IfOpen || item instanceof TemplateItems.ForOpen) {
            depth++;
            try {
                return item instanceof TemplateItems.IfOpen ? parseIf() : parseFor();
            } finally {
                depth--;
            }
        }
        read();
        if (item instanceof TemplateItems.Closer closer) {
            ctx.error("Unexpected " + closer.keyword() + " directive",
                    "The control directives within this template are unbalanced.", closer.span().range());
        } else {
            ctx.error("Unexpected end of template", "The control directives within this template are unbalanced.",
                    item.span().range());
        }
        return placeholder(item.span());
    }

    private TemplatePart parseIf() {
        TemplateItems.IfOpen open = (TemplateItems.IfOpen) read();
        List<TemplatePart> thenParts = new ArrayList<>();
        List<TemplatePart> elseParts = new ArrayList<>();
        List<TemplatePart> current = thenParts;
        String at = ParseContext.describe(open.span().range());
        while (true) {
            TemplateItems.Item next = peek();
            if (next instanceof TemplateItems.End) {
                ctx.error("Unexpected end of template", "The if directive at " + at
                        + " is missing its corresponding endif directive.", next.span().range());
                return placeholder(next.span());
            }
            if (next instanceof TemplateItems.Closer closer) {
                read();
                if (closer.kind() == TemplateItems.CloserKind.ELSE && current == thenParts) {
                    current = elseParts;
                    continue;
                }
                if (closer.kind() == TemplateItems.CloserKind.ENDIF) {
                    return new TemplateIf(Spans.between(open.span(), closer.span()), open.condition(), thenParts,
                            current == elseParts, elseParts);
                }
                if (closer.kind() == TemplateItems.CloserKind.ELSE) {
                    ctx.error("Unexpected else directive", "Already in the else clause for the if started at " + at + ".",
                            closer.span().range());
                } else {
                    ctx.error("Unexpected " + closer.keyword() + " directive",
                            "Expecting an endif directive for the if started at " + at + ".", closer.span().range());
                }
                return placeholder(closer.span());
            }
            current.add(parsePart());
        }
    }

    private TemplatePart parseFor() {
        TemplateItems.ForOpen open = (TemplateItems.ForOpen) read();
        List<TemplatePart> body = new ArrayList<>();
        String at = ParseContext.describe(open.span().range());
        while (true) {
            TemplateItems.Item next = peek();
            if (next instanceof TemplateItems.End) {
                ctx.error("Unexpected end of template", "The for directive at " + at
                        + " is missing its corresponding endfor directive.", next.span().range());
                return placeholder(next.span());
            }
            if (next instanceof TemplateItems.Closer closer) {
                read();
                if (closer.kind() == TemplateItems.CloserKind.ENDFOR) {
                    return new TemplateFor(Spans.between(open.span(), closer.span()), open.keyVariable(),
                            open.valueVariable(), open.collection(), body);
                }
                if (closer.kind() == TemplateItems.CloserKind.ELSE) {
                    ctx.error("Unexpected else directive", "An else clause is not expected for a for directive.",
                            closer.span().range());
                } else {
                    ctx.error("Unexpected " + closer.keyword() + " directive",
                            "Expecting an endfor directive corresponding to the for directive at " + at + ".",
                            closer.span().range());
                }
                return placeholder(closer.span());
            }
            body.add(parsePart());
        }
    }

    private static TemplatePart placeholder(Span span) {
        return new TemplateInterpolation(span, new InvalidExpr(span), false, false);
    }
}
