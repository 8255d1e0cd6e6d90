package io.dataops.workbench.ui.monitoring.alarm;

import io.dataops.workbench.monitor.alarm.AlarmStore;
import io.dataops.workbench.monitor.metric.MetricSource;
import io.dataops.workbench.ui.common.TaskRunner;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Alarms pane the Monitoring area embeds: the alarm list and history on the left, the editor on the
 * right. {@link #create} is the one factory to call; {@link #refresh} after the monitor reports a change.
 */
public final class AlarmsPane extends SplitPane {

    private final AlarmListViewModel list;
    private final AlarmEditorViewModel editor;
    private final AlarmEditorView editorView;

    private AlarmsPane(AlarmListViewModel list, AlarmEditorViewModel editor) {
        this.list = list;
        this.editor = editor;
        this.editorView = new AlarmEditorView(editor);
        setId("alarms-pane");
        Button newAlarm = new Button("New alarm");
        newAlarm.setId("alarm-new");
        newAlarm.setOnAction(e -> editor.clear());
        AlarmListView listView = new AlarmListView(list);
        VBox.setVgrow(listView, Priority.ALWAYS);
        VBox left = new VBox(new HBox(8, newAlarm), listView);
        left.setStyle("-fx-padding: 10 0 0 10;");
        getItems().addAll(left, editorView);
        setDividerPositions(0.26);
        list.selected().addListener((o, old, now) -> {
            if (now != null) {
                editor.edit(now.definition());
            }
        });
        editor.onSaved(alarm -> list.refresh());
    }

    /**
     * The pane over the workspace's alarms, reading metrics from {@code source}; {@code onTerraform} receives
     * the HCL of "Export as Terraform" (open it in the HCL editor).
     */
    public static AlarmsPane create(AlarmStore store, MetricSource source, TaskRunner runner, Clock clock,
                                    Consumer<String> onTerraform) {
        AlarmEditorViewModel editor = new AlarmEditorViewModel(source, store, runner, clock);
        editor.onExportTerraform(onTerraform);
        AlarmsPane pane = new AlarmsPane(new AlarmListViewModel(store, runner), editor);
        pane.refresh();
        editor.loadMetrics();
        return pane;
    }

    /** Reloads the alarm list and states. */
    public void refresh() {
        list.refresh();
    }

    public AlarmEditorViewModel editor() {
        return editor;
    }

    public AlarmListViewModel list() {
        return list;
    }

    public AlarmEditorView editorView() {
        return editorView;
    }
}
