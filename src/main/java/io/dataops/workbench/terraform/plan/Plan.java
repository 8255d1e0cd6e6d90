package io.dataops.workbench.terraform.plan;

import java.util.List;
import java.util.Map;

/**
 * A Terraform plan as the workbench keeps it: read from {@code terraform show -json} and masked, so it can be
 * shown, logged and stored. {@code drift} holds only the drift Terraform found relevant to the plan.
 *
 * @param moduleSources     each module call's address ({@code module.website}) and its {@code source}
 * @param sensitiveVariables the root variables the configuration declares sensitive
 */
public record Plan(String formatVersion, String terraformVersion, List<ResourceChange> resourceChanges,
                   List<ResourceChange> drift, List<OutputChange> outputChanges,
                   List<DeferredChange> deferredChanges, List<CheckResult> checks, int actionInvocations,
                   int priorStateResources, Map<String, String> moduleSources, List<String> sensitiveVariables,
                   boolean errored, boolean applyable, boolean complete) {

    public Plan {
        resourceChanges = List.copyOf(resourceChanges);
        drift = List.copyOf(drift);
        outputChanges = List.copyOf(outputChanges);
        deferredChanges = List.copyOf(deferredChanges);
        checks = List.copyOf(checks);
        moduleSources = Map.copyOf(moduleSources);
        sensitiveVariables = List.copyOf(sensitiveVariables);
    }

    public PlanCounts counts() {
        return PlanCounts.of(this);
    }

    /** The summary line as {@code terraform show -no-color} prints it. */
    public String summaryLine() {
        return SummaryLine.render(this, ToolFlavor.TERRAFORM);
    }

    public java.util.Optional<ResourceChange> find(String address) {
        return resourceChanges.stream().filter(change -> change.address().equals(address)).findFirst();
    }
}
