package io.dataops.workbench.hcl.tree;

import java.util.List;
import java.util.Optional;

/**
 * {@code %{for key, value in collection}body%{endfor}}: the body is evaluated for each element with the
 * variables bound and the results concatenated (no unwrapping).
 */
public record TemplateFor(Span span, Optional<String> keyVariable, String valueVariable, Expression collection,
                          List<TemplatePart> body) implements TemplatePart {

    public TemplateFor {
        body = List.copyOf(body);
    }
}
