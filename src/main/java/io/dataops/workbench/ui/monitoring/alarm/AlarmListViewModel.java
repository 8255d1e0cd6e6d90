package io.dataops.workbench.ui.monitoring.alarm;

import io.dataops.workbench.monitor.alarm.AlarmHistoryEntry;
import io.dataops.workbench.monitor.alarm.AlarmStore;
import io.dataops.workbench.monitor.alarm.StoredAlarm;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The workspace's alarms with their states, and the state history of the selected one. */
public final class AlarmListViewModel {

    static final int HISTORY_SHOWN = 200;

    private final AlarmStore store;
    private final TaskRunner runner;
    private final ObservableList<StoredAlarm> alarms = FXCollections.observableArrayList();
    private final ObservableList<AlarmHistoryEntry> history = FXCollections.observableArrayList();
    private final ObjectProperty<StoredAlarm> selected = new SimpleObjectProperty<>();

    public AlarmListViewModel(AlarmStore store, TaskRunner runner) {
        this.store = store;
        this.runner = runner;
        selected.addListener((o, old, now) -> loadHistory());
    }

    /** Reloads the alarms (after a save, or when the monitor reports a state change). */
    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().name();
        runner.submit(BackgroundTask.of("Load alarms", context -> store.list()).onSucceeded(list -> {
            alarms.setAll(list);
            if (keep != null) {
                list.stream().filter(a -> a.name().equals(keep)).findFirst().ifPresent(selected::set);
            }
        }));
    }

    public void delete(StoredAlarm alarm) {
        runner.submit(BackgroundTask.of("Delete alarm " + alarm.name(), context -> store.delete(alarm.name()))
                .onSucceeded(deleted -> refresh()));
    }

    private void loadHistory() {
        StoredAlarm alarm = selected.get();
        if (alarm == null) {
            history.clear();
            return;
        }
        runner.submit(BackgroundTask.of("Alarm history", context -> store.history(alarm.name(), HISTORY_SHOWN))
                .onSucceeded(entries -> history.setAll((List<AlarmHistoryEntry>) entries)));
    }

    public ObservableList<StoredAlarm> alarms() {
        return alarms;
    }

    public ObservableList<AlarmHistoryEntry> history() {
        return history;
    }

    public ObjectProperty<StoredAlarm> selected() {
        return selected;
    }
}
