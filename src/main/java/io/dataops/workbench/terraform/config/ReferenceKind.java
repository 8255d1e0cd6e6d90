package io.dataops.workbench.terraform.config;

/** What the first name of a reference ({@code var}, {@code local}, a resource type, ...) makes it. */
public enum ReferenceKind {
    VARIABLE, LOCAL, MODULE, RESOURCE, DATA, EACH, COUNT, SELF, PATH, TERRAFORM
}
