package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchConnection;
import io.dataops.workbench.monitor.dashboard.DashboardSource;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the source dialog offers and checks: the profile names of the AWS config files, and the region a
 * dashboard without one falls back to (Settings'), both read when asked so they follow the user's edits.
 */
public final class SourceChoices {

    static final SourceChoices NONE = new SourceChoices(() -> AwsProfiles.parse("", ""), Optional::empty);

    private final Supplier<AwsProfiles> profiles;
    private final Supplier<Optional<String>> settingsRegion;

    public SourceChoices(Supplier<AwsProfiles> profiles, Supplier<Optional<String>> settingsRegion) {
        this.profiles = profiles;
        this.settingsRegion = settingsRegion;
    }

    public AwsProfiles profiles() {
        return profiles.get();
    }

    public Optional<String> settingsRegion() {
        return settingsRegion.get().filter(r -> !r.isBlank());
    }

    /** What is wrong with {@code source} as the user gave it (no region anywhere, a bad endpoint), or empty. */
    public Optional<String> problem(DashboardSource source) {
        if (!source.isCloudWatch()) {
            return Optional.empty();
        }
        Optional<String> region = source.region().or(this::settingsRegion);
        if (region.isEmpty()) {
            return Optional.of("Choose a region: Settings has no AWS region to fall back to.");
        }
        try {
            CloudWatchConnection.of(source.profile().orElse(null), region.get(), source.endpoint().orElse(null));
            return Optional.empty();
        } catch (UserFacingException e) {
            return Optional.of(e.getMessage());
        }
    }
}
