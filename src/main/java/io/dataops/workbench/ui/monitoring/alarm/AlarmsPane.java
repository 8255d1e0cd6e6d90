package io.dataops.workbench.ui.monitoring.alarm;

import io.dataops.workbench.monitor.alarm.AlarmDefinition;
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
    private final CloudWatchAlarmsViewModel cloudWatch;
    private io.dataops.workbench.monitor.cloudwatch.CloudWatchAlarm loadedFromCloudWatch;

    private AlarmsPane(AlarmListViewModel list, AlarmEditorViewModel editor, CloudWatchAlarmsViewModel cloudWatch) {
        this.list = list;
        this.editor = editor;
        this.editorView = new AlarmEditorView(editor);
        setId("alarms-pane");
        Button newAlarm = new Button("New alarm");
        newAlarm.setId("alarm-new");
        newAlarm.setOnAction(e -> {
            editor.clear();
            editor.useLocalSource();
            loadedFromCloudWatch = null;
        });
        AlarmListView listView = new AlarmListView(list);
        VBox.setVgrow(listView, Priority.ALWAYS);
        VBox left = new VBox(new HBox(8, newAlarm), listView);
        left.setStyle("-fx-padding: 10 0 0 10;");
        this.cloudWatch = cloudWatch;
        getItems().addAll(cloudWatch == null ? left : sources(left, cloudWatch), editorView);
        // The CloudWatch tab lists state reasons and history: it needs more room than the local list.
        setDividerPositions(cloudWatch == null ? 0.26 : 0.33);
        list.selected().addListener((o, old, now) -> {
            if (now != null) {
                editor.edit(now.definition());
                editor.useLocalSource();
                loadedFromCloudWatch = null;
            }
        });
        editor.onSaved(alarm -> list.refresh());
    }

    /** Local alarms in one tab, CloudWatch's in the other; a CloudWatch alarm opens in the editor as a copy. */
    private javafx.scene.control.TabPane sources(VBox local, CloudWatchAlarmsViewModel cloud) {
        javafx.scene.control.Tab localTab = new javafx.scene.control.Tab("Local", local);
        localTab.setId("alarms-tab-local");
        javafx.scene.control.Tab cloudTab = new javafx.scene.control.Tab("CloudWatch", new CloudWatchAlarmsView(cloud));
        cloudTab.setId("alarms-tab-cloudwatch");
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(localTab, cloudTab);
        tabs.setMinWidth(320);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        cloud.selected().addListener((o, old, now) -> {
            // A refresh selects the same alarm again: keep what the user has typed since it was loaded.
            if (now == null || now.equals(loadedFromCloudWatch)) {
                return;
            }
            loadedFromCloudWatch = now;
            if (now.definition().isPresent()) {
                editor.edit(now.definition().get());
                cloud.backtestSource().ifPresent(source -> editor.useBacktestSource(source, cloud.backtestLabel()));
                editor.showStatus("CloudWatch alarm '" + now.name() + "' (" + now.state() + ") loaded as a copy: Save"
                        + " keeps it in the workspace, Put to CloudWatch... overwrites it there.");
            } else {
                editor.showStatus("'" + now.name() + "' is a " + (now.kind() == io.dataops.workbench.monitor
                        .cloudwatch.CloudWatchAlarm.Kind.COMPOSITE ? "composite" : "metric-math") + " alarm ("
                        + now.detail() + "): listed with its state and history, not editable here.");
            }
        });
        Button put = new Button("Put to CloudWatch...");
        put.setId("alarm-put-cloudwatch");
        put.disableProperty().bind(cloud.busy());
        put.setOnAction(e -> {
            AlarmDefinition alarm = editor.definition();
            if (alarm == null) {
                return;
            }
            cloud.planPut(alarm).ifPresentOrElse(plan -> {
                if (CloudWatchPutDialog.confirm(getScene().getWindow(), plan)) {
                    cloud.put(plan, editor::showStatus);
                }
            }, () -> editor.showStatus(cloud.error().get()));
        });
        editorView.addAction(put);
        return tabs;
    }

    /**
     * The pane over the workspace's alarms, reading metrics from {@code source}; {@code onTerraform} receives
     * the HCL of "Export as Terraform" (open it in the HCL editor).
     */
    public static AlarmsPane create(AlarmStore store, MetricSource source, TaskRunner runner, Clock clock,
                                    Consumer<String> onTerraform) {
        AlarmEditorViewModel editor = new AlarmEditorViewModel(source, store, runner, clock);
        editor.onExportTerraform(onTerraform);
        AlarmsPane pane = new AlarmsPane(new AlarmListViewModel(store, runner), editor, null);
        pane.refresh();
        editor.loadMetrics();
        return pane;
    }

    /** As {@link #create(AlarmStore, MetricSource, TaskRunner, Clock, Consumer)}, with CloudWatch's alarms in a second tab. */
    public static AlarmsPane create(AlarmStore store, MetricSource source, TaskRunner runner, Clock clock,
                                    Consumer<String> onTerraform, CloudWatchAccess cloudWatch) {
        AlarmEditorViewModel editor = new AlarmEditorViewModel(source, store, runner, clock);
        editor.onExportTerraform(onTerraform);
        AlarmsPane pane = new AlarmsPane(new AlarmListViewModel(store, runner), editor,
                new CloudWatchAlarmsViewModel(cloudWatch, runner));
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

    /** The CloudWatch tab's model, or null when the pane was made without CloudWatch. */
    public CloudWatchAlarmsViewModel cloudWatch() {
        return cloudWatch;
    }

    public AlarmEditorView editorView() {
        return editorView;
    }
}
