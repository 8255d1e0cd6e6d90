package io.dataops.workbench.monitor.alarm;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One metric dimension as PutMetricAlarm writes it: {@code {"Name": ..., "Value": ...}}. */
public record Dimension(@JsonProperty("Name") String name, @JsonProperty("Value") String value) {
}
