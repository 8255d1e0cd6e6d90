package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.Span;

import java.util.Optional;

/**
 * The flat sequence a template is first read into (hclsyntax's templateToken): literals (whose values
 * strip markers and flush-heredoc rules then adjust), interpolations, directive openers and closers.
 * {@link TemplateTreeBuilder} then nests the directives.
 */
final class TemplateItems {

    private TemplateItems() {
    }

    sealed interface Item permits Literal, Interpolation, IfOpen, ForOpen, Closer, End {
        Span span();
    }

    /** Literal text; {@code value} changes while strip markers and heredoc indentation are applied. */
    static final class Literal implements Item {
        String value;
        Span span;

        Literal(String value, Span span) {
            this.value = value;
            this.span = span;
        }

        @Override
        public Span span() {
            return span;
        }
    }

    record Interpolation(Span span, Expression expression, boolean stripBefore, boolean stripAfter) implements Item {
    }

    record IfOpen(Span span, Expression condition) implements Item {
    }

    record ForOpen(Span span, Optional<String> keyVariable, String valueVariable, Expression collection) implements Item {
    }

    enum CloserKind { ELSE, ENDIF, ENDFOR }

    /** {@code %{else}}, {@code %{endif}} or {@code %{endfor}}. */
    record Closer(Span span, CloserKind kind) implements Item {

        String keyword() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The end of the template (its closing token), where unbalanced directives are reported. */
    record End(Span span) implements Item {
    }
}
