package io.dataops.workbench.quality.validation.checkpoint;

import java.util.Optional;

/**
 * The settings of a checkpoint's {@code publish_cloudwatch} action: the custom-metric namespace (default
 * {@value #DEFAULT_NAMESPACE}), and where to publish: an AWS profile (empty for the default credential chain),
 * a region (empty: the profile's, then AWS_REGION / AWS_DEFAULT_REGION), an endpoint override (LocalStack).
 * Names only: no key is ever part of a checkpoint.
 */
public record CloudWatchPublishing(String namespace, Optional<String> profile, Optional<String> region,
                                   Optional<String> endpoint) {

    public static final String DEFAULT_NAMESPACE = ValidationMetrics.NAMESPACE;

    public CloudWatchPublishing {
        namespace = namespace == null || namespace.isBlank() ? DEFAULT_NAMESPACE : namespace.strip();
        profile = blankless(profile);
        region = blankless(region);
        endpoint = blankless(endpoint);
    }

    public static CloudWatchPublishing defaults() {
        return new CloudWatchPublishing(DEFAULT_NAMESPACE, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Optional<String> blankless(Optional<String> text) {
        return text == null ? Optional.empty() : text.map(String::strip).filter(t -> !t.isEmpty());
    }
}
