package io.dataops.workbench.terraform.intel;

import java.util.List;

/** The top-level block keywords of Terraform, each with a snippet of its usual shape. */
final class BlockSnippets {

    private BlockSnippets() {
    }

    static final List<CompletionItem> TOP_LEVEL = List.of(
            snippet("resource", "resource \"$0\" \"name\" {\n}\n", "A managed resource"),
            snippet("data", "data \"$0\" \"name\" {\n}\n", "A data source"),
            snippet("variable", "variable \"$0\" {\n  type        = string\n  description = \"\"\n}\n", "An input variable"),
            snippet("output", "output \"$0\" {\n  value = \n}\n", "An output value"),
            snippet("locals", "locals {\n  $0\n}\n", "Local values"),
            snippet("module", "module \"$0\" {\n  source = \"./\"\n}\n", "A module call"),
            snippet("provider", "provider \"$0\" {\n}\n", "A provider configuration"),
            snippet("terraform", "terraform {\n  required_providers {\n    $0\n  }\n}\n", "Terraform settings"),
            snippet("moved", "moved {\n  from = $0\n  to   = \n}\n", "Record a renamed address"),
            snippet("import", "import {\n  to = $0\n  id = \"\"\n}\n", "Import an existing object"),
            snippet("removed", "removed {\n  from = $0\n  lifecycle {\n    destroy = false\n  }\n}\n", "Forget an object"),
            snippet("check", "check \"$0\" {\n  assert {\n    condition     = \n    error_message = \"\"\n  }\n}\n",
                    "A continuous validation"));

    static final List<CompletionItem> RESOURCE_META = List.of(
            meta("count", "count = $0", "Meta-argument: how many instances"),
            meta("for_each", "for_each = $0", "Meta-argument: one instance per map key or set element"),
            meta("depends_on", "depends_on = [$0]", "Meta-argument: explicit dependencies"),
            meta("provider", "provider = $0", "Meta-argument: a non-default provider configuration"),
            new CompletionItem("lifecycle", "lifecycle {\n  $0\n}", CompletionItem.Kind.BLOCK,
                    "Meta-block", "create_before_destroy, prevent_destroy, ignore_changes, replace_triggered_by", false));

    static final List<CompletionItem> VARIABLE = List.of(
            meta("type", "type = $0", "The type constraint"),
            meta("default", "default = $0", "The value when none is given"),
            meta("description", "description = \"$0\"", "What the variable is for"),
            meta("sensitive", "sensitive = true", "Hide the value in output"),
            meta("nullable", "nullable = false", "Whether null is a valid value"),
            new CompletionItem("validation", "validation {\n  condition     = $0\n  error_message = \"\"\n}",
                    CompletionItem.Kind.BLOCK, "A validation rule", "", false));

    static final List<CompletionItem> OUTPUT = List.of(
            meta("value", "value = $0", "The output's value"),
            meta("description", "description = \"$0\"", "What the output is"),
            meta("sensitive", "sensitive = true", "Hide the value in output"),
            meta("depends_on", "depends_on = [$0]", "Explicit dependencies"));

    static final List<CompletionItem> MODULE = List.of(
            meta("source", "source = \"$0\"", "Where the module's code is"),
            meta("version", "version = \"$0\"", "A registry module's version"),
            meta("count", "count = $0", "Meta-argument"),
            meta("for_each", "for_each = $0", "Meta-argument"),
            meta("providers", "providers = {\n  $0\n}", "Provider configurations passed to the module"),
            meta("depends_on", "depends_on = [$0]", "Meta-argument"));

    private static CompletionItem snippet(String keyword, String body, String detail) {
        return new CompletionItem(keyword, body, CompletionItem.Kind.SNIPPET, detail, "", false);
    }

    private static CompletionItem meta(String name, String insert, String detail) {
        return new CompletionItem(name, insert, CompletionItem.Kind.KEYWORD, detail, "", false);
    }
}
