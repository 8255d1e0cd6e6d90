package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.metric.Statistic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CloudWatch alarms on a CloudWatch dashboard's charts: the threshold of every single-metric alarm on the
 * charted metric and statistic (from DescribeAlarms), its state changes in the range (from DescribeAlarmHistory),
 * and alarm-status widgets' states. A dashboard fetch asks once per series, so the alarm list and each alarm's
 * history are kept for {@code maxAge} (DescribeAlarmHistory allows 3 calls a second per region). A CloudWatch
 * failure does not fail the charts: the last known alarms stay, and {@link #lastFailure()} says what went wrong.
 */
public final class CloudWatchAlarmAnnotations implements AlarmAnnotations {

    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(1);

    private final CloudWatchAlarms alarms;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Fetched<List<CloudWatchAlarm>> list;
    private final Map<String, History> histories = new ConcurrentHashMap<>();
    private volatile Optional<RuntimeException> lastFailure = Optional.empty();

    public CloudWatchAlarmAnnotations(CloudWatchAlarms alarms, Clock clock, Duration maxAge) {
        this.alarms = alarms;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /**
     * One instance per connection, made on first use and kept (so its cache outlives a dashboard refresh):
     * what the dashboard wiring calls for each CloudWatch dashboard's connection.
     */
    public static java.util.function.Function<CloudWatchConnection, AlarmAnnotations> perConnection(
            CloudWatchClients clients, Clock clock) {
        Map<CloudWatchConnection, AlarmAnnotations> made = new ConcurrentHashMap<>();
        return connection -> made.computeIfAbsent(connection, c -> new CloudWatchAlarmAnnotations(
                new CloudWatchAlarms(clients, c), clock, DEFAULT_MAX_AGE));
    }

    @Override
    public List<Threshold> thresholds(MetricId metric, Statistic statistic) {
        List<Threshold> thresholds = new ArrayList<>();
        for (AlarmDefinition definition : on(metric, statistic)) {
            if (definition.threshold() != null) {
                thresholds.add(new Threshold(definition.alarmName() + " " + definition.comparisonOperator().symbol()
                        + " " + definition.threshold(), definition.threshold()));
            }
        }
        return thresholds;
    }

    @Override
    public List<StateChange> stateChanges(MetricId metric, Statistic statistic, Instant from, Instant to) {
        List<StateChange> changes = new ArrayList<>();
        for (AlarmDefinition definition : on(metric, statistic)) {
            for (CloudWatchAlarmHistoryItem item : history(definition.alarmName(), from)) {
                if (item.stateUpdate() && item.newState().isPresent() && !item.time().isBefore(from)
                        && item.time().isBefore(to)) {
                    changes.add(new StateChange(item.time(), item.newState().get().name()));
                }
            }
        }
        changes.sort(java.util.Comparator.comparing(StateChange::time));
        return changes;
    }

    @Override
    public String state(String alarmName) {
        return alarms().stream().filter(a -> a.name().equals(alarmName)).findFirst()
                .map(a -> a.state().name()).orElse("UNKNOWN");
    }

    /** The last CloudWatch failure, cleared by the next success; the annotations shown are then the last known. */
    public Optional<RuntimeException> lastFailure() {
        return lastFailure;
    }

    /** Forgets what was fetched, so the next chart asks CloudWatch again (after a Put, or on Refresh). */
    public void invalidate() {
        list = null;
        histories.clear();
    }

    private List<AlarmDefinition> on(MetricId metric, Statistic statistic) {
        List<AlarmDefinition> found = new ArrayList<>();
        for (CloudWatchAlarm alarm : alarms()) {
            alarm.definition().filter(d -> matches(d, metric, statistic)).ifPresent(found::add);
        }
        return found;
    }

    private static boolean matches(AlarmDefinition definition, MetricId metric, Statistic statistic) {
        try {
            return definition.metricId().equals(metric) && definition.metricStatistic().equals(statistic);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private List<CloudWatchAlarm> alarms() {
        Fetched<List<CloudWatchAlarm>> held = list;
        Instant now = clock.instant();
        if (held != null && held.at().plus(maxAge).isAfter(now)) {
            return held.value();
        }
        try {
            List<CloudWatchAlarm> fresh = alarms.describe("", Optional.empty(), TaskContext.none());
            list = new Fetched<>(now, fresh);
            lastFailure = Optional.empty();
            return fresh;
        } catch (RuntimeException e) {
            lastFailure = Optional.of(e);
            // Keep the last list, but wait maxAge before asking again instead of failing every series.
            List<CloudWatchAlarm> kept = held == null ? List.of() : held.value();
            list = new Fetched<>(now, kept);
            return kept;
        }
    }

    private List<CloudWatchAlarmHistoryItem> history(String alarmName, Instant from) {
        Instant now = clock.instant();
        History held = histories.get(alarmName);
        if (held != null && held.at().plus(maxAge).isAfter(now) && !from.isBefore(held.from())) {
            return held.items();
        }
        try {
            List<CloudWatchAlarmHistoryItem> items = alarms.history(alarmName, from, now,
                    java.util.Set.of(CloudWatchAlarmHistoryItem.STATE_UPDATE), TaskContext.none());
            histories.put(alarmName, new History(now, from, items));
            lastFailure = Optional.empty();
            return items;
        } catch (RuntimeException e) {
            lastFailure = Optional.of(e);
            List<CloudWatchAlarmHistoryItem> kept = held == null ? List.of() : held.items();
            histories.put(alarmName, new History(now, from, kept));
            return kept;
        }
    }

    private record Fetched<T>(Instant at, T value) {
    }

    private record History(Instant at, Instant from, List<CloudWatchAlarmHistoryItem> items) {
    }
}
