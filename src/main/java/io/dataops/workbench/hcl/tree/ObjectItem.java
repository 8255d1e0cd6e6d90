package io.dataops.workbench.hcl.tree;

import java.util.Optional;

/**
 * One {@code key = value} (or {@code key: value}) of an object constructor. A key written as a bare
 * identifier ({@code foo = 1}, parsed as a {@link VariableExpr}) or as the keywords {@code true},
 * {@code false}, {@code null} is the literal name, not a variable: see {@link #literalKey()}. A key in
 * parentheses ({@code (foo) = 1}) is always an expression.
 */
public record ObjectItem(Span span, Expression key, Expression value) implements Node {

    /** The attribute name when the key is a bare identifier or keyword; empty when it must be evaluated. */
    public Optional<String> literalKey() {
        if (key instanceof VariableExpr variable) {
            return Optional.of(variable.name());
        }
        if (key instanceof BoolLiteral bool) {
            return Optional.of(Boolean.toString(bool.value()));
        }
        if (key instanceof NullLiteral) {
            return Optional.of("null");
        }
        return Optional.empty();
    }
}
