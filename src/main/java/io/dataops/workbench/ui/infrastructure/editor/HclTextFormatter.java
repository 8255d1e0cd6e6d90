package io.dataops.workbench.ui.infrastructure.editor;

import io.dataops.workbench.hcl.format.FormatResult;
import io.dataops.workbench.hcl.format.Formatter;
import java.util.Optional;

/** The HCL formatter ({@code terraform fmt} rules) as the editor uses it: nothing when the text has errors. */
public final class HclTextFormatter implements TextFormatter {

    @Override
    public Optional<String> format(String text) {
        FormatResult result = Formatter.format(text, "editor.tf");
        return result.hasErrors() ? Optional.empty() : Optional.of(result.text());
    }
}
