package io.dataops.workbench.terraform.graph;

import io.dataops.workbench.terraform.plan.PlanAction;

/** The colour and glyph of each action, shared by the canvas and the SVG export so both look the same. */
public final class ActionStyle {

    private ActionStyle() {
    }

    /** Fill colour as {@code #rrggbb}. */
    public static String fill(PlanAction action) {
        return switch (action) {
            case CREATE -> "#d8f3dc";
            case UPDATE -> "#fff3bf";
            case DELETE_THEN_CREATE, CREATE_THEN_DELETE, CREATE_THEN_FORGET -> "#ffe0cc";
            case DELETE -> "#ffd6d6";
            case READ -> "#d0ebff";
            case FORGET -> "#e9ecef";
            case NO_OP, UNKNOWN -> "#f8f9fa";
        };
    }

    /** Border and glyph colour. */
    public static String stroke(PlanAction action) {
        return switch (action) {
            case CREATE -> "#2b8a3e";
            case UPDATE -> "#b08900";
            case DELETE_THEN_CREATE, CREATE_THEN_DELETE, CREATE_THEN_FORGET -> "#d9480f";
            case DELETE -> "#c92a2a";
            case READ -> "#1864ab";
            case FORGET -> "#495057";
            case NO_OP, UNKNOWN -> "#868e96";
        };
    }

    /** The glyph drawn in the box's left corner: Terraform's own symbols, a dot for no-op. */
    public static String glyph(PlanAction action) {
        return action == PlanAction.NO_OP ? "\u00b7" : action.symbol();
    }

    /** The CSS-friendly name ({@code create}, {@code replace}, {@code no-op}). */
    public static String cssName(PlanAction action) {
        return action.isReplace() ? "replace" : action == PlanAction.NO_OP ? "no-op"
                : action.name().toLowerCase(java.util.Locale.ROOT);
    }
}
