package io.dataops.workbench.ui.infrastructure.plan;

import io.dataops.workbench.terraform.plan.AttributeDiff;
import io.dataops.workbench.terraform.plan.ResourceChange;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected resource's attribute-level diff: a header with the action, the reason in words, a move or an
 * import; then a tree of attributes, changed ones first, nested objects and lists collapsible (changed ones open).
 */
public final class AttributeDiffPane extends VBox {

    private final Label header = new Label("Select a resource to see its changes.");
    private final Label details = new Label();
    private final TreeTableView<AttributeDiff> tree = new TreeTableView<>();

    public AttributeDiffPane() {
        getStyleClass().add("detail-pane");
        header.setId("plan-resource-header");
        header.getStyleClass().add("section-title");
        header.setWrapText(true);
        details.setId("plan-resource-details");
        details.setWrapText(true);
        tree.setId("plan-diff");
        tree.setShowRoot(false);
        tree.setPlaceholder(new Label("No attributes"));
        tree.getColumns().add(column("Attribute", 200, diff -> diff.name()));
        tree.getColumns().add(column("Before", 180, AttributeDiff::before));
        tree.getColumns().add(column("After", 180, AttributeDiff::after));
        tree.getColumns().add(column("", 160, AttributeDiffPane::note));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(header, details, tree);
    }

    public void show(ResourceChange change) {
        if (change == null) {
            header.setText("Select a resource to see its changes.");
            details.setText("");
            tree.setRoot(null);
            return;
        }
        header.setText(change.action().symbol() + " " + change.address() + " \u2014 " + change.action().label());
        StringBuilder text = new StringBuilder();
        if (!change.reasonWords().isEmpty()) {
            text.append("Why: ").append(change.reasonWords()).append(". ");
        }
        if (change.isMoved()) {
            text.append("Moved from ").append(change.previousAddress()).append(". ");
        }
        if (change.importing()) {
            text.append("Imported from id \"").append(change.importingId()).append("\". ");
        }
        if (!change.replacePaths().isEmpty()) {
            text.append("Forces replacement: ").append(String.join(", ", change.replacePaths())).append('.');
        }
        details.setText(text.toString().strip());
        TreeItem<AttributeDiff> root = new TreeItem<>();
        add(root, change.attributes());
        tree.setRoot(root);
    }

    private static void add(TreeItem<AttributeDiff> parent, List<AttributeDiff> diffs) {
        for (AttributeDiff diff : diffs) {
            TreeItem<AttributeDiff> item = new TreeItem<>(diff);
            if (diff.isNested()) {
                add(item, diff.children());
                item.setExpanded(diff.isChanged());
            }
            parent.getChildren().add(item);
        }
    }

    static String note(AttributeDiff diff) {
        StringBuilder note = new StringBuilder();
        switch (diff.change()) {
            case ADDED -> note.append("added");
            case REMOVED -> note.append("removed");
            case CHANGED -> note.append("changed");
            case UNCHANGED -> note.append("");
        }
        if (diff.forcesReplacement()) {
            note.append(note.length() > 0 ? ", " : "").append("forces replacement");
        }
        if (diff.sensitive()) {
            note.append(note.length() > 0 ? ", " : "").append("sensitive");
        }
        return note.toString();
    }

    private static TreeTableColumn<AttributeDiff, String> column(String title, double width,
                                                              java.util.function.Function<AttributeDiff, String> text) {
        TreeTableColumn<AttributeDiff, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().getValue() == null ? "" : text.apply(cell.getValue().getValue())));
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                AttributeDiff diff = empty || getTableRow() == null ? null : getTableRow().getItem();
                setStyle(diff != null && diff.isChanged() ? "-fx-font-weight: bold;" : "");
            }
        });
        return column;
    }
}
