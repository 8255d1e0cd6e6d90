package io.dataops.workbench.ui.infrastructure.plan;

import io.dataops.workbench.terraform.plan.BlockActions;
import io.dataops.workbench.terraform.plan.PlanAction;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Draws the latest plan's action of a block in the editor's gutter: Terraform's symbol ({@code +}, {@code ~},
 * {@code -/+}, {@code -}, {@code <=}, …) coloured like the plan table, with each instance's change as tooltip.
 * Inline colours because a gutter mark lives in the editor's scene, whose stylesheet the plan view does not own.
 */
public final class PlanGutter {

    private PlanGutter() {
    }

    /** The marks of one file: 0-based paragraph to its node, or null where the plan changes no block. */
    public static IntFunction<Node> marksFor(BlockActions actions, Path file) {
        Map<Integer, BlockActions.Mark> marks = actions.in(file);
        if (marks.isEmpty()) {
            return paragraph -> null;
        }
        return paragraph -> {
            BlockActions.Mark mark = marks.get(paragraph + 1);
            return mark == null ? null : node(mark);
        };
    }

    static Label node(BlockActions.Mark mark) {
        PlanAction action = mark.action();
        Label label = new Label(action == PlanAction.NO_OP ? "\u2192" : action.symbol()); // moved or imported only
        label.getStyleClass().addAll("plan-gutter-mark", "plan-gutter-" + action.name().toLowerCase(java.util.Locale.ROOT));
        label.setStyle("-fx-font-family: 'Monospaced'; -fx-font-weight: bold; -fx-font-size: 12px; -fx-text-fill: "
                + colour(action) + ";");
        Tooltip tooltip = new Tooltip(mark.tooltip());
        // The label's inline style would reach its tooltip (the label is its CSS parent): set the tooltip's own.
        tooltip.setStyle("-fx-text-fill: white; -fx-font-family: 'System'; -fx-font-weight: normal; -fx-font-size: 12px;");
        tooltip.setShowDelay(Duration.millis(250));
        label.setTooltip(tooltip);
        return label;
    }

    static String colour(PlanAction action) {
        return switch (action) {
            case CREATE -> "#2e9e4f";
            case UPDATE -> "#c98a0b";
            case DELETE, FORGET -> "#d64541";
            case DELETE_THEN_CREATE, CREATE_THEN_DELETE, CREATE_THEN_FORGET -> "#b455d1";
            case READ -> "#2f7cc4";
            case NO_OP, UNKNOWN -> "#8d929b";
        };
    }
}
