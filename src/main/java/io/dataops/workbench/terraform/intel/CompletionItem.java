package io.dataops.workbench.terraform.intel;

/**
 * One proposal. {@code insert} is the text that replaces the typed prefix; a {@code $0} in it marks where the
 * caret goes afterwards (snippets).
 */
public record CompletionItem(String label, String insert, Kind kind, String detail, String documentation,
                             boolean required) {

    public enum Kind { KEYWORD, SNIPPET, REFERENCE, FUNCTION, ARGUMENT, BLOCK, TYPE }

    static CompletionItem simple(String label, Kind kind, String detail) {
        return new CompletionItem(label, label, kind, detail, "", false);
    }
}
