package io.dataops.workbench.hcl.tree;

/**
 * Literal text of a template. {@code value} is what it contributes to the result: escapes decoded
 * (<code>&#92;n</code>, <code>&#92;uNNNN</code>, ...; <code>$${</code> and <code>%%{</code> become <code>${</code> and <code>%{</code>), spaces
 * next to a {@code ~} strip marker removed, and for {@code <<-} heredocs the common indentation removed.
 * The raw text is the span's text.
 */
public record TemplateLiteral(Span span, String value) implements TemplatePart {
}
