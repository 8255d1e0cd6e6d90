package io.dataops.workbench.cli;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchConnection;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricSource;
import io.dataops.workbench.monitor.store.LocalMetricSource;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which metric source a {@code dataops metrics} command reads, and for CloudWatch as whom and where. */
final class MetricSourceOptions {

    @Option(names = "--source", paramLabel = "SOURCE", defaultValue = "local",
            description = "Where metrics come from: local (the workspace's store, default) or cloudwatch.")
    private String source;

    @Option(names = "--profile", paramLabel = "P",
            description = "CloudWatch: a profile of ~/.aws/config (SSO profiles too); default: the SDK's default chain.")
    private String profile;

    @Option(names = "--region", paramLabel = "R",
            description = "CloudWatch: the region; default: the profile's region, then AWS_REGION / AWS_DEFAULT_REGION.")
    private String region;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "CloudWatch: an endpoint override such as http://localhost:4566 (LocalStack).")
    private String endpoint;

    /** True for {@code --source cloudwatch}; refuses unknown sources and CloudWatch options given to local. */
    boolean cloudWatch() {
        String name = source.trim().toLowerCase(Locale.ROOT);
        if (name.equals(CloudWatchMetricSource.NAME)) {
            return true;
        }
        if (!name.equals(LocalMetricSource.NAME)) {
            throw new UserFacingException("Unknown metric source '" + source + "' for --source: use 'local' (the"
                    + " workspace's metric store) or 'cloudwatch'.");
        }
        if (profile != null || region != null || endpoint != null) {
            throw new UserFacingException("--profile, --region and --endpoint are for --source cloudwatch; the local"
                    + " source reads the workspace.");
        }
        return false;
    }

    /** The CloudWatch connection these options name, the region found as the AWS CLI finds it. */
    CloudWatchConnection connection() {
        return connection(System.getenv(), AwsProfiles.loadDefault());
    }

    CloudWatchConnection connection(Map<String, String> environment, AwsProfiles profiles) {
        String chosenProfile = profile != null ? profile : environment.get("AWS_PROFILE");
        Optional<String> found = Optional.ofNullable(region).filter(r -> !r.isBlank())
                .or(() -> Optional.ofNullable(chosenProfile).flatMap(profiles::region))
                .or(() -> Optional.ofNullable(environment.get("AWS_REGION")).filter(r -> !r.isBlank()))
                .or(() -> Optional.ofNullable(environment.get("AWS_DEFAULT_REGION")).filter(r -> !r.isBlank()))
                .or(() -> profiles.region("default"));
        return CloudWatchConnection.of(profile, found.orElse(null), endpoint);
    }
}
