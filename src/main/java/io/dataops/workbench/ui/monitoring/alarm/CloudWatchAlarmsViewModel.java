package io.dataops.workbench.ui.monitoring.alarm;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmJson;
import io.dataops.workbench.monitor.alarm.AlarmState;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchAlarm;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchAlarmHistoryItem;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchConnection;
import io.dataops.workbench.monitor.metric.MetricSource;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The CloudWatch side of the Alarms tab: which account and region (profile, region, endpoint), the alarms
 * DescribeAlarms lists there with their states, the history of the selected one, and putting an alarm from
 * the editor with PutMetricAlarm once the user has confirmed the {@link PutPlan}.
 */
public final class CloudWatchAlarmsViewModel {

    /** How far back the selected alarm's history goes (CloudWatch keeps 30 days; a week reads in a few calls). */
    public static final Duration HISTORY_RANGE = Duration.ofDays(7);

    private final CloudWatchAccess access;
    private final TaskRunner runner;
    private final StringProperty profile = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final StringProperty namePrefix = new SimpleStringProperty("");
    private final ObjectProperty<AlarmState> stateFilter = new SimpleObjectProperty<>();
    private final ObservableList<CloudWatchAlarm> alarms = FXCollections.observableArrayList();
    private final ObjectProperty<CloudWatchAlarm> selected = new SimpleObjectProperty<>();
    private final ObservableList<CloudWatchAlarmHistoryItem> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private CloudWatchConnection listed;

    /** What a put will do, shown for confirmation before anything is sent. */
    public record PutPlan(AlarmDefinition definition, CloudWatchConnection connection, String json) {

        /** "Creates or overwrites alarm X in region Y (profile P)." */
        public String question() {
            return "Creates or overwrites alarm '" + definition.alarmName() + "' in region " + connection.region()
                    + " (" + connection.profile().map(p -> "profile " + p).orElse("default credentials")
                    + connection.endpoint().map(e -> ", endpoint " + e).orElse("") + ").";
        }
    }

    public CloudWatchAlarmsViewModel(CloudWatchAccess access, TaskRunner runner) {
        this.access = access;
        this.runner = runner;
        profile.set(access.defaultProfile());
        region.set(access.defaultRegion().isBlank()
                ? access.profiles().region(access.defaultProfile()).orElse("") : access.defaultRegion());
        profile.addListener((o, old, now) -> access.profiles().region(now == null ? "" : now.trim())
                .ifPresent(region::set));
        selected.addListener((o, old, now) -> loadHistory());
    }

    /** Lists the alarms of the connection in the fields, with the prefix and state filters. */
    public void refresh() {
        list(selected.get() == null ? null : selected.get().name(), null);
    }

    /** Lists the alarms, selects {@code keep} again when it is still there, and shows {@code message} or a count. */
    private void list(String keep, String message) {
        Optional<CloudWatchConnection> connection = connection();
        if (connection.isEmpty()) {
            return;
        }
        String prefix = namePrefix.get();
        Optional<AlarmState> state = Optional.ofNullable(stateFilter.get());
        busy.set(true);
        status.set("Listing alarms (" + connection.get().describe() + ")...");
        runner.submit(BackgroundTask.of("List CloudWatch alarms", context ->
                        access.alarms().apply(connection.get()).describe(prefix, state, context))
                .onSucceeded(list -> {
                    listed = connection.get();
                    alarms.setAll(list);
                    long inAlarm = list.stream().filter(a -> a.state() == AlarmState.ALARM).count();
                    status.set(message != null ? message : list.size() + " alarm" + (list.size() == 1 ? "" : "s")
                            + ", " + inAlarm + " in ALARM (" + connection.get().describe() + ").");
                    selected.set(keep == null ? null
                            : list.stream().filter(a -> a.name().equals(keep)).findFirst().orElse(null));
                })
                .onFailed(this::failed)
                .onDone(() -> busy.set(false)));
    }

    /** The plan of putting {@code alarm} to the connection in the fields; empty (with the error shown) when unusable. */
    public Optional<PutPlan> planPut(AlarmDefinition alarm) {
        return connection().map(c -> new PutPlan(alarm, c, AlarmJson.write(alarm)));
    }

    /** Puts the confirmed plan, then lists the alarms again with the put one selected. */
    public void put(PutPlan plan, java.util.function.Consumer<String> done) {
        busy.set(true);
        status.set("Putting alarm '" + plan.definition().alarmName() + "' to CloudWatch...");
        runner.submit(BackgroundTask.of("Put alarm " + plan.definition().alarmName() + " to CloudWatch", context -> {
            access.alarms().apply(plan.connection()).put(plan.definition(), context);
            return plan;
        }).onSucceeded(put -> {
            String message = "Put alarm '" + put.definition().alarmName() + "' to CloudWatch in "
                    + put.connection().region() + ".";
            error.set("");
            list(put.definition().alarmName(), message);
            done.accept(message);
        }).onFailed(e -> {
            busy.set(false);
            failed(e);
            done.accept(e.getMessage());
        }).onCancelled(() -> busy.set(false)));
    }

    /** The metrics a backtest of a listed alarm reads: CloudWatch's, on the connection the list came from. */
    public Optional<MetricSource> backtestSource() {
        return Optional.ofNullable(listed).map(access.metrics());
    }

    /** "CloudWatch us-east-1 (profile prod)": where a backtest of a listed alarm reads its metrics. */
    public String backtestLabel() {
        return listed == null ? "" : "CloudWatch " + listed.region()
                + listed.profile().map(p -> " (profile " + p + ")").orElse("");
    }

    private void loadHistory() {
        CloudWatchAlarm alarm = selected.get();
        history.clear();
        if (alarm == null || listed == null) {
            return;
        }
        CloudWatchConnection connection = listed;
        Instant to = access.clock().instant();
        runner.submit(BackgroundTask.of("History of " + alarm.name(), context -> access.alarms().apply(connection)
                        .history(alarm.name(), to.minus(HISTORY_RANGE), to, context))
                .onSucceeded(items -> {
                    if (alarm.equals(selected.get())) {
                        history.setAll((List<CloudWatchAlarmHistoryItem>) items);
                    }
                })
                .onFailed(this::failed));
    }

    private Optional<CloudWatchConnection> connection() {
        try {
            CloudWatchConnection connection = CloudWatchConnection.of(profile.get(), region.get(), endpoint.get());
            error.set("");
            return Optional.of(connection);
        } catch (UserFacingException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    private void failed(Throwable e) {
        error.set(e instanceof UserFacingException ? e.getMessage()
                : "CloudWatch call failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        status.set("");
    }

    public StringProperty profile() { return profile; }
    public StringProperty region() { return region; }
    public StringProperty endpoint() { return endpoint; }
    public StringProperty namePrefix() { return namePrefix; }
    public ObjectProperty<AlarmState> stateFilter() { return stateFilter; }
    public ObservableList<CloudWatchAlarm> alarms() { return alarms; }
    public ObjectProperty<CloudWatchAlarm> selected() { return selected; }
    public ObservableList<CloudWatchAlarmHistoryItem> history() { return history; }
    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busy() { return busy.getReadOnlyProperty(); }
    public java.util.List<String> profileChoices() { return access.profiles().names(); }
}
