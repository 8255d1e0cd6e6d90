package io.dataops.workbench.ui.common;

import io.dataops.workbench.workspace.Project;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;

/** A list of workspace projects by name (location as tooltip), kept in step with a view model's selection. */
public final class ProjectListView {

    private ProjectListView() {
    }

    public static ListView<Project> create(String id, String placeholder, ObservableList<Project> items,
                                           ObservableValue<Project> selected, Consumer<Project> open) {
        ListView<Project> list = new ListView<>(items);
        list.setId(id);
        list.setPlaceholder(new Label(placeholder));
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0); // ellipsize long names instead of scrolling sideways
            }

            @Override
            protected void updateItem(Project item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setTooltip(empty || item == null ? null : new Tooltip(item.location()));
            }
        });
        selected.addListener((obs, old, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> open.accept(now));
        return list;
    }
}
