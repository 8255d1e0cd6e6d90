package io.dataops.workbench.terraform.plan;

import java.util.List;

/**
 * What Terraform will do to one resource instance, from the {@code actions} list of the plan JSON. Terraform
 * encodes a replacement as two actions whose order says which happens first; we name each combination.
 */
public enum PlanAction {
    NO_OP("no-op", " "),
    CREATE("create", "+"),
    READ("read", "<="),
    UPDATE("update", "~"),
    DELETE_THEN_CREATE("replace (destroy, then create)", "-/+"),
    CREATE_THEN_DELETE("replace (create, then destroy)", "+/-"),
    DELETE("delete", "-"),
    FORGET("forget", "."),
    CREATE_THEN_FORGET("replace (create, then forget)", "+/."),
    UNKNOWN("unknown", "?");

    private final String label;
    private final String symbol;

    PlanAction(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isReplace() {
        return this == DELETE_THEN_CREATE || this == CREATE_THEN_DELETE || this == CREATE_THEN_FORGET;
    }

    /** Maps the JSON's action list; an unrecognised list (a newer Terraform) is UNKNOWN, never an error. */
    public static PlanAction fromJson(List<String> actions) {
        if (actions.size() == 1) {
            return switch (actions.get(0)) {
                case "no-op" -> NO_OP;
                case "create" -> CREATE;
                case "read" -> READ;
                case "update" -> UPDATE;
                case "delete" -> DELETE;
                case "forget" -> FORGET;
                default -> UNKNOWN;
            };
        }
        if (actions.size() == 2) {
            String joined = actions.get(0) + "," + actions.get(1);
            return switch (joined) {
                case "delete,create" -> DELETE_THEN_CREATE;
                case "create,delete" -> CREATE_THEN_DELETE;
                case "create,forget" -> CREATE_THEN_FORGET;
                default -> UNKNOWN;
            };
        }
        return UNKNOWN;
    }
}
