package io.dataops.workbench.monitor.dashboard;

import java.util.Optional;

/**
 * Where a dashboard's metrics come from: the workspace's local store, or CloudWatch in one region, as a
 * named profile (empty: the SDK's default chain) and through an optional endpoint override. Names only:
 * no key is ever part of a dashboard.
 */
public record DashboardSource(Kind kind, Optional<String> profile, Optional<String> region, Optional<String> endpoint) {

    public enum Kind { LOCAL, CLOUDWATCH }

    public static final DashboardSource LOCAL = new DashboardSource(Kind.LOCAL, Optional.empty(), Optional.empty(),
            Optional.empty());

    public DashboardSource {
        profile = profile.map(String::trim).filter(p -> !p.isEmpty());
        region = region.map(String::trim).filter(p -> !p.isEmpty());
        endpoint = endpoint.map(String::trim).filter(p -> !p.isEmpty());
        if (kind == Kind.LOCAL && (profile.isPresent() || region.isPresent() || endpoint.isPresent())) {
            throw new IllegalArgumentException("A local dashboard has no profile, region or endpoint");
        }
    }

    /** CloudWatch; a null or blank profile, region or endpoint is none (the region then comes from Settings). */
    public static DashboardSource cloudWatch(String profile, String region, String endpoint) {
        return new DashboardSource(Kind.CLOUDWATCH, Optional.ofNullable(profile), Optional.ofNullable(region),
                Optional.ofNullable(endpoint));
    }

    public boolean isCloudWatch() {
        return kind == Kind.CLOUDWATCH;
    }

    /** "Local" or "CloudWatch eu-west-1 (profile prod)": for the toolbar. */
    public String label() {
        if (!isCloudWatch()) {
            return "Local";
        }
        return "CloudWatch" + region.map(r -> " " + r).orElse("") + profile.map(p -> " (profile " + p + ")").orElse("")
                + endpoint.map(e -> " via " + e).orElse("");
    }
}
