package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.SourceRange;

import java.util.Optional;

/**
 * A reference in an expression, e.g. {@code var.region} or {@code aws_instance.web[0].id}.
 *
 * @param kind       what its first name makes it
 * @param subject    the part that names a declaration ({@code var.region}, {@code aws_instance.web},
 *                   {@code module.site}, {@code count.index}), module-relative
 * @param attribute  for module references, the output named after the call ({@code module.site.url});
 *                   for resources, the first attribute; empty when there is none
 * @param range      the range of the reference as written (up to the last attribute or index)
 * @param subjectRange the range of {@link #subject} alone, where Terraform reports undeclared names
 * @param attributeRange the range of {@code .attribute} (the dot included), or {@code range} without one
 * @param indexed    whether an index follows the subject ({@code module.x[0].out}, {@code aws_instance.a[0]})
 * @param referrer   the module-relative address of the declaration the reference is in
 */
public record Reference(ReferenceKind kind, String subject, Optional<String> attribute, SourceRange range,
                        SourceRange subjectRange, SourceRange attributeRange, boolean indexed,
                        String referrer) {

    /** The reference as written, without index keys: {@code module.site.url}. */
    public String text() {
        return subject + attribute.map(a -> "." + a).orElse("");
    }
}
