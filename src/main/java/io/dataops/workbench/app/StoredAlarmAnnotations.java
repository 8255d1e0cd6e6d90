package io.dataops.workbench.app;

import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmHistoryEntry;
import io.dataops.workbench.monitor.alarm.AlarmStore;
import io.dataops.workbench.monitor.alarm.StoredAlarm;
import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Dashboards' view of the workspace's alarms: an alarm on a charted metric and statistic draws its threshold
 * and its state changes on that chart. Lives in {@code app} because the alarm package already depends on the
 * dashboard package (its Terraform export writes dashboards).
 */
final class StoredAlarmAnnotations implements AlarmAnnotations {

    private static final int HISTORY = 200;
    private final AlarmStore store;

    StoredAlarmAnnotations(AlarmStore store) {
        this.store = store;
    }

    @Override
    public List<Threshold> thresholds(MetricId metric, Statistic statistic) {
        List<Threshold> thresholds = new ArrayList<>();
        for (StoredAlarm alarm : store.list()) {
            AlarmDefinition definition = alarm.definition();
            if (on(definition, metric, statistic) && definition.threshold() != null) {
                thresholds.add(new Threshold(alarm.name() + " " + definition.comparisonOperator().symbol() + " "
                        + definition.threshold(), definition.threshold()));
            }
        }
        return thresholds;
    }

    @Override
    public List<StateChange> stateChanges(MetricId metric, Statistic statistic, Instant from, Instant to) {
        List<StateChange> changes = new ArrayList<>();
        for (StoredAlarm alarm : store.list()) {
            if (on(alarm.definition(), metric, statistic)) {
                for (AlarmHistoryEntry entry : store.history(alarm.name(), HISTORY)) {
                    if (!entry.time().isBefore(from) && entry.time().isBefore(to)) {
                        changes.add(new StateChange(entry.time(), entry.newState().name()));
                    }
                }
            }
        }
        return changes;
    }

    @Override
    public String state(String alarmName) {
        return store.find(alarmName).map(alarm -> alarm.state().name()).orElse("UNKNOWN");
    }

    private static boolean on(AlarmDefinition definition, MetricId metric, Statistic statistic) {
        try {
            return definition.metricId().equals(metric) && definition.metricStatistic().equals(statistic);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
