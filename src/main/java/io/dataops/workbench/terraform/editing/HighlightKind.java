package io.dataops.workbench.terraform.editing;

/** What a stretch of HCL is, for colouring; the editor turns each into a CSS style class. */
public enum HighlightKind {
    /** A block type such as {@code resource} or {@code variable}. */
    BLOCK_TYPE,
    ATTRIBUTE,
    FUNCTION,
    /** {@code true}, {@code false}, {@code null} and the {@code for}/{@code in}/{@code if} keywords. */
    LITERAL,
    STRING,
    NUMBER,
    COMMENT,
    BRACKET,
    OPERATOR,
    /** {@code ${}, {@code %{} and their closing brace. */
    INTERPOLATION,
    INVALID;

    /** The CSS style class, e.g. {@code hcl-block-type}. */
    public String styleClass() {
        return "hcl-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
