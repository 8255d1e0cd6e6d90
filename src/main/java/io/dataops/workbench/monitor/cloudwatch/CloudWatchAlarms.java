package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmState;
import io.dataops.workbench.monitor.alarm.AlarmValidation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.AlarmHistoryItem;
import software.amazon.awssdk.services.cloudwatch.model.AlarmType;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmHistoryRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmHistoryResponse;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.HistoryItemType;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

/**
 * The alarms of one CloudWatch connection: DescribeAlarms (every page), DescribeAlarmHistory (every page in a
 * time range) and PutMetricAlarm, each through {@link CloudWatchFailures} so a failure reads as what to do.
 */
public final class CloudWatchAlarms {

    /** DescribeAlarms and DescribeAlarmHistory both allow at most 100 records per page. */
    static final int PAGE_SIZE = 100;
    /** A guard against a service that keeps answering with a NextToken: 1,000 pages is 100,000 alarms. */
    private static final int MAX_PAGES = 1000;

    private final CloudWatchConnection connection;
    private final CloudWatchClient client;

    public CloudWatchAlarms(CloudWatchClients clients, CloudWatchConnection connection) {
        this.connection = connection;
        this.client = clients.client(connection);
    }

    public CloudWatchConnection connection() {
        return connection;
    }

    /**
     * Metric and composite alarms whose names start with {@code namePrefix} (all when blank), in {@code state}
     * when given, in CloudWatch's order (by name).
     */
    public List<CloudWatchAlarm> describe(String namePrefix, Optional<AlarmState> state, TaskContext context) {
        List<CloudWatchAlarm> alarms = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        String token = null;
        int page = 0;
        do {
            context.checkCancelled();
            DescribeAlarmsRequest.Builder request = DescribeAlarmsRequest.builder()
                    .alarmTypes(AlarmType.METRIC_ALARM, AlarmType.COMPOSITE_ALARM)
                    .maxRecords(PAGE_SIZE)
                    .nextToken(token);
            if (namePrefix != null && !namePrefix.isBlank()) {
                request.alarmNamePrefix(namePrefix.trim());
            }
            state.ifPresent(s -> request.stateValue(StateValue.fromValue(s.name())));
            DescribeAlarmsRequest built = request.build();
            DescribeAlarmsResponse response = CloudWatchFailures.call(connection, "list the CloudWatch alarms",
                    () -> client.describeAlarms(built));
            response.metricAlarms().forEach(a -> alarms.add(CloudWatchAlarmMapping.fromMetricAlarm(a)));
            response.compositeAlarms().forEach(a -> alarms.add(CloudWatchAlarmMapping.fromCompositeAlarm(a)));
            context.message(alarms.size() + " alarms");
            token = nextToken(response.nextToken(), tokens, ++page);
        } while (token != null);
        return alarms;
    }

    /**
     * The history of {@code alarmName} between {@code from} and {@code to}, newest first, of the given item
     * types ({@link CloudWatchAlarmHistoryItem#STATE_UPDATE}, {@link CloudWatchAlarmHistoryItem#CONFIGURATION_UPDATE},
     * {@code Action}); all types when {@code types} is empty.
     */
    public List<CloudWatchAlarmHistoryItem> history(String alarmName, Instant from, Instant to, Set<String> types,
                                                    TaskContext context) {
        List<CloudWatchAlarmHistoryItem> items = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        String token = null;
        int page = 0;
        do {
            context.checkCancelled();
            DescribeAlarmHistoryRequest.Builder request = DescribeAlarmHistoryRequest.builder()
                    .alarmName(alarmName)
                    .startDate(from)
                    .endDate(to)
                    .maxRecords(PAGE_SIZE)
                    .nextToken(token);
            // The API filters by one type per call; for several, ask for all and keep the wanted ones.
            if (types.size() == 1) {
                request.historyItemType(HistoryItemType.fromValue(types.iterator().next()));
            }
            DescribeAlarmHistoryRequest built = request.build();
            DescribeAlarmHistoryResponse response = CloudWatchFailures.call(connection,
                    "read the history of alarm '" + alarmName + "'", () -> client.describeAlarmHistory(built));
            for (AlarmHistoryItem item : response.alarmHistoryItems()) {
                if (types.isEmpty() || types.contains(item.historyItemTypeAsString())) {
                    items.add(AlarmHistoryData.read(item));
                }
            }
            token = nextToken(response.nextToken(), tokens, ++page);
        } while (token != null);
        return items;
    }

    /** State and configuration changes, the two kinds the alarm list shows. */
    public List<CloudWatchAlarmHistoryItem> history(String alarmName, Instant from, Instant to, TaskContext context) {
        return history(alarmName, from, to, Set.of(CloudWatchAlarmHistoryItem.STATE_UPDATE,
                CloudWatchAlarmHistoryItem.CONFIGURATION_UPDATE), context);
    }

    /**
     * Creates the alarm, or overwrites the one of the same name (PutMetricAlarm replaces the whole definition),
     * after checking it as {@link AlarmValidation} does; CloudWatch sets a new alarm to INSUFFICIENT_DATA.
     */
    public void put(AlarmDefinition alarm, TaskContext context) {
        List<String> problems = AlarmValidation.problems(alarm);
        if (!problems.isEmpty()) {
            throw new UserFacingException("Alarm '" + alarm.alarmName() + "' was not put to CloudWatch: fix these"
                    + " first:\n  - " + String.join("\n  - ", problems));
        }
        context.checkCancelled();
        CloudWatchFailures.call(connection, "put alarm '" + alarm.alarmName() + "' to CloudWatch",
                () -> client.putMetricAlarm(CloudWatchAlarmMapping.putRequest(alarm)));
    }

    private String nextToken(String token, Set<String> seen, int page) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        if (!seen.add(token) || page >= MAX_PAGES) {
            throw new UserFacingException("CloudWatch at " + connection.describe() + " kept answering with more"
                    + " pages (NextToken repeated or over " + MAX_PAGES + " pages); the list was stopped there.");
        }
        return token;
    }
}
