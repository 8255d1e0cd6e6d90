package io.dataops.workbench.monitor.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.monitor.alarm.AlarmState;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudwatch.model.AlarmHistoryItem;

/**
 * Reads a DescribeAlarmHistory item. A state update's HistoryData is JSON
 * ({@code {"version":"1.0","oldState":{"stateValue":"OK",...},"newState":{"stateValue":"ALARM","stateReason":...}}});
 * when it is missing or not JSON, the summary ("Alarm updated from OK to ALARM") still gives the states.
 */
final class AlarmHistoryData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SUMMARY = Pattern.compile("from (OK|ALARM|INSUFFICIENT_DATA) to (OK|ALARM|INSUFFICIENT_DATA)");

    private AlarmHistoryData() {
    }

    static CloudWatchAlarmHistoryItem read(AlarmHistoryItem item) {
        String type = item.historyItemTypeAsString();
        Optional<AlarmState> oldState = Optional.empty();
        Optional<AlarmState> newState = Optional.empty();
        String reason = "";
        if (CloudWatchAlarmHistoryItem.STATE_UPDATE.equals(type)) {
            JsonNode data = parse(item.historyData());
            oldState = state(data.path("oldState").path("stateValue").asText(""));
            newState = state(data.path("newState").path("stateValue").asText(""));
            reason = data.path("newState").path("stateReason").asText("");
            Matcher summary = SUMMARY.matcher(item.historySummary() == null ? "" : item.historySummary());
            if (summary.find()) {
                oldState = oldState.or(() -> state(summary.group(1)));
                newState = newState.or(() -> state(summary.group(2)));
            }
        }
        return new CloudWatchAlarmHistoryItem(item.alarmName(), item.timestamp(), type, item.historySummary(),
                oldState, newState, reason);
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            return JSON.missingNode();
        }
    }

    private static Optional<AlarmState> state(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(AlarmState.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
