package io.dataops.workbench.ui.infrastructure.editor;

import java.util.Optional;

/** Formats HCL like {@code terraform fmt}; empty when the text cannot be formatted (syntax errors). */
@FunctionalInterface
public interface TextFormatter {

    Optional<String> format(String text);

    TextFormatter NONE = text -> Optional.empty();
}
