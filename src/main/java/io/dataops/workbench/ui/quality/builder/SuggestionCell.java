package io.dataops.workbench.ui.quality.builder;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One suggestion: what it expects with its prefilled kwargs, why, and Accept / Edit / Dismiss. */
final class SuggestionCell extends ListCell<SuggestedExpectation> {

    private final SuiteBuilderViewModel builder;

    SuggestionCell(SuiteBuilderViewModel builder) {
        this.builder = builder;
    }

    @Override
    protected void updateItem(SuggestedExpectation item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        Label type = new Label(item.config().type());
        type.getStyleClass().add("suggestion-type");
        type.setWrapText(true);
        Label kwargs = new Label(KwargText.show(item.config().kwargs()));
        kwargs.getStyleClass().add("muted");
        kwargs.setWrapText(true);
        Label reason = new Label(item.reason());
        reason.getStyleClass().add("muted");
        reason.setWrapText(true);
        Button accept = button("Accept", "suggestion-accept", () -> builder.accept(item));
        accept.getStyleClass().add("accent");
        Button edit = button("Edit", "suggestion-edit", () -> builder.edit(item));
        Button dismiss = button("Dismiss", "suggestion-dismiss", () -> builder.dismiss(item));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(6, gap, accept, edit, dismiss);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(2, type, kwargs, reason, actions);
        // Wrapped labels need a width to wrap at: the list's, less its scroll bar.
        box.prefWidthProperty().bind(getListView().widthProperty().subtract(28));
        box.setMaxWidth(Region.USE_PREF_SIZE);
        setGraphic(box);
    }

    private static Button button(String text, String styleClass, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().addAll(styleClass, "small-button");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }
}
