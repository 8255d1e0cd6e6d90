package io.dataops.workbench.hcl.tree;

import java.util.List;
import java.util.Optional;

/**
 * A template: a quoted string {@code "a ${b}"}, a heredoc {@code <<EOT ... EOT}, or (from
 * {@code TemplateParser} and the JSON syntax) a bare template without delimiters. The parts are in
 * source order; literal parts are already decoded (escapes, <code>$${</code>, strip markers, flush-heredoc
 * indentation), so evaluation only concatenates.
 *
 * <p>Unwrapping (spec "Template Interpolation Unwrapping"): a template whose only part is one
 * {@link TemplateInterpolation} yields the interpolated value itself, not its string form; see
 * {@link #unwrapped()}.
 */
public record TemplateExpr(Span span, Kind kind, List<TemplatePart> parts) implements Expression {

    public enum Kind { QUOTED, HEREDOC, FLUSH_HEREDOC, BARE }

    public TemplateExpr {
        parts = List.copyOf(parts);
    }

    /** The expression of the sole interpolation when the template is just <code>"${expr}"</code>. */
    public Optional<Expression> unwrapped() {
        if (parts.size() == 1 && parts.get(0) instanceof TemplateInterpolation interpolation) {
            return Optional.of(interpolation.expression());
        }
        return Optional.empty();
    }

    /** The string when the template is only literal text (no interpolation or directive), e.g. a plain {@code "abc"}. */
    public Optional<String> literalValue() {
        StringBuilder text = new StringBuilder();
        for (TemplatePart part : parts) {
            if (!(part instanceof TemplateLiteral literal)) {
                return Optional.empty();
            }
            text.append(literal.value());
        }
        return Optional.of(text.toString());
    }
}
