package io.dataops.workbench.terraform.plan;

/** One entry of {@code output_changes}, masked: a sensitive output shows {@link AttributeDiff#SENSITIVE}. */
public record OutputChange(String name, PlanAction action, boolean sensitive, String before, String after) {
}
