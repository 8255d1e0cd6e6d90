package io.dataops.workbench.ui.monitoring.alarm;

import io.dataops.workbench.monitor.alarm.AlarmHistoryEntry;
import io.dataops.workbench.monitor.alarm.StoredAlarm;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The alarm list (name, state, since) over the selected alarm's state history. */
public final class AlarmListView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public AlarmListView(AlarmListViewModel model) {
        super(6);
        setPadding(new Insets(10));
        TableView<StoredAlarm> alarms = new TableView<>(model.alarms());
        alarms.setId("alarm-list");
        alarms.setPlaceholder(new Label("No alarms yet: create one with New alarm."));
        TableColumn<StoredAlarm, String> name = new TableColumn<>("Alarm");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(180);
        TableColumn<StoredAlarm, String> state = new TableColumn<>("State");
        state.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().state().name()));
        state.setCellFactory(c -> new AlarmStateCell<>());
        TableColumn<StoredAlarm, String> since = new TableColumn<>("Since (UTC)");
        since.setCellValueFactory(c -> new ReadOnlyStringWrapper(TIME.format(c.getValue().stateUpdatedAt())));
        since.setPrefWidth(150);
        alarms.getColumns().addAll(java.util.List.of(name, state, since));
        alarms.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.selected().set(now));

        TableView<AlarmHistoryEntry> history = new TableView<>(model.history());
        history.setId("alarm-history");
        history.setPlaceholder(new Label("No state changes yet."));
        TableColumn<AlarmHistoryEntry, String> time = new TableColumn<>("Time (UTC)");
        time.setCellValueFactory(c -> new ReadOnlyStringWrapper(TIME.format(c.getValue().time())));
        time.setPrefWidth(150);
        TableColumn<AlarmHistoryEntry, String> change = new TableColumn<>("Change");
        change.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().oldState() + " -> "
                + c.getValue().newState()));
        change.setPrefWidth(190);
        TableColumn<AlarmHistoryEntry, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        reason.setPrefWidth(400);
        history.getColumns().addAll(java.util.List.of(time, change, reason));
        VBox.setVgrow(alarms, Priority.ALWAYS);
        VBox.setVgrow(history, Priority.ALWAYS);
        getChildren().addAll(new Label("Alarms"), alarms, new Label("State history"), history);
    }
}
