package io.dataops.workbench.ui.infrastructure.graph;

import io.dataops.workbench.terraform.graph.ActionStyle;
import io.dataops.workbench.terraform.graph.GraphFilter;
import io.dataops.workbench.terraform.plan.PlanAction;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;

/** Search, and the filters: actions, type, module, reason, hide no-ops, only changed and their neighbours. */
final class GraphToolbar extends HBox {

    private static final List<PlanAction> ACTIONS = List.of(PlanAction.CREATE, PlanAction.UPDATE,
            PlanAction.DELETE_THEN_CREATE, PlanAction.DELETE, PlanAction.READ, PlanAction.FORGET, PlanAction.NO_OP);

    private final GraphViewModel viewModel;
    private final MenuButton actions = new MenuButton("Actions: all");
    private final HBox toggles = new HBox(10);

    GraphToolbar(GraphViewModel viewModel) {
        this.viewModel = viewModel;
        setSpacing(6);
        getStyleClass().add("tool-bar");
        TextField search = field("graph-search", "Search an address (Enter)", 260);
        search.setOnAction(e -> viewModel.search(search.getText()));
        actions.setId("graph-actions");
        for (PlanAction action : ACTIONS) {
            CheckMenuItem item = new CheckMenuItem(ActionStyle.glyph(action) + "  " + ActionStyle.cssName(action));
            item.setId("graph-action-" + ActionStyle.cssName(action));
            item.setUserData(action);
            item.selectedProperty().addListener((obs, old, now) -> applyActions());
            actions.getItems().add(item);
        }
        TextField type = field("graph-type", "Type", 110);
        type.setOnAction(e -> update(f -> f.withType(type.getText())));
        TextField module = field("graph-module", "Module", 110);
        module.setOnAction(e -> update(f -> f.withModule(module.getText())));
        TextField reason = field("graph-reason", "Reason", 100);
        reason.setOnAction(e -> update(f -> f.withReason(reason.getText())));
        CheckBox hideNoOp = new CheckBox("Hide no-ops");
        hideNoOp.setId("graph-hide-noop");
        hideNoOp.selectedProperty().addListener((obs, old, now) -> update(f -> f.withHideNoOp(now)));
        ToggleButton changed = new ToggleButton("Changed + neighbours");
        changed.setId("graph-changed");
        changed.selectedProperty().addListener((obs, old, now) -> viewModel.setOnlyChangedAndNeighbours(now));
        getChildren().addAll(search, actions, type, module, reason);
        toggles.getChildren().addAll(hideNoOp, changed);
        toggles.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    /** Hide no-ops and changed + neighbours, for the second row. */
    HBox toggles() {
        return toggles;
    }

    private static TextField field(String id, String prompt, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        return field;
    }

    private void applyActions() {
        Set<PlanAction> chosen = EnumSet.noneOf(PlanAction.class);
        actions.getItems().stream().filter(i -> ((CheckMenuItem) i).isSelected())
                .forEach(i -> {
                    PlanAction action = (PlanAction) i.getUserData();
                    chosen.add(action);
                    if (action.isReplace()) {
                        chosen.addAll(Set.of(PlanAction.CREATE_THEN_DELETE, PlanAction.CREATE_THEN_FORGET));
                    }
                });
        actions.setText(chosen.isEmpty() ? "Actions: all" : "Actions: " + actions.getItems().stream()
                .filter(i -> ((CheckMenuItem) i).isSelected()).count() + " chosen");
        update(f -> f.withActions(chosen));
    }

    private void update(java.util.function.UnaryOperator<GraphFilter> change) {
        viewModel.filterProperty().set(change.apply(viewModel.filterProperty().get()));
    }
}
