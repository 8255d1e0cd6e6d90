package io.dataops.workbench.terraform.config;

/** The kinds of top-level declaration a Terraform module may hold. */
public enum DeclarationKind {
    TERRAFORM, PROVIDER, RESOURCE, DATA, VARIABLE, OUTPUT, LOCAL, MODULE, MOVED, IMPORT, CHECK, REMOVED;

    /** True for the kinds that are nodes of the dependency graph. */
    public boolean inGraph() {
        return this == RESOURCE || this == DATA || this == VARIABLE || this == OUTPUT || this == LOCAL
                || this == MODULE;
    }

    /** The word used in JSON and DOT output ("resource", "data", ...). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
