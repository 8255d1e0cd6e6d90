package io.dataops.workbench.terraform.plan;

/** A resource whose change Terraform deferred to a later plan, with the reason code from the JSON. */
public record DeferredChange(String address, String reason, PlanAction action) {
}
