package io.dataops.workbench.terraform.plan;

/** One entry of {@code checks}: a check block, precondition or postcondition and its status (pass, fail, unknown, error). */
public record CheckResult(String address, String kind, String status) {
}
