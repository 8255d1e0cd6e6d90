package io.dataops.workbench.terraform.plan;

import java.util.Map;

/** Terraform's {@code action_reason} codes in words; an unknown code (a newer Terraform) reads as unspecified. */
public final class ActionReasons {

    public static final String UNSPECIFIED = "unspecified";

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("replace_because_tainted", "the object is tainted"),
            Map.entry("replace_because_cannot_update", "an attribute that forces replacement changed"),
            Map.entry("replace_by_request", "replacement was requested (-replace)"),
            Map.entry("replace_by_triggers", "replace_triggered_by changed"),
            Map.entry("delete_because_no_resource_config", "the resource is not in the configuration"),
            Map.entry("delete_because_no_move_target", "it was moved to an address not in the configuration"),
            Map.entry("delete_because_no_module", "its module is not in the configuration"),
            Map.entry("delete_because_wrong_repetition", "count or for_each changed the instance keys"),
            Map.entry("delete_because_count_index", "its index is out of range for count"),
            Map.entry("delete_because_each_key", "its key is not in the for_each map"),
            Map.entry("read_because_config_unknown", "the configuration refers to values not yet known"),
            Map.entry("read_because_dependency_pending", "it depends on a resource or module with changes pending"),
            Map.entry("read_because_check_nested", "the configuration is reloaded to verify a check block"));

    private ActionReasons() {
    }

    /** The reason in words; empty code means "no reason given". */
    public static String words(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return WORDS.getOrDefault(code, UNSPECIFIED);
    }
}
