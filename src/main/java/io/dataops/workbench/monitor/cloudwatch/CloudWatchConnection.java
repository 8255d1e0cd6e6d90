package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.UserFacingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where CloudWatch calls go and as whom: a named profile of the AWS config files (empty for the SDK's
 * default chain: environment, system properties, web identity, {@code default} profile, SSO, container and
 * instance roles), a region, and an optional endpoint override (LocalStack, a test stub). It holds names
 * only, never keys: credentials stay where the AWS CLI keeps them.
 */
public record CloudWatchConnection(Optional<String> profile, String region, Optional<URI> endpoint) {

    public CloudWatchConnection {
        profile = profile.map(String::trim).filter(p -> !p.isEmpty());
        if (region == null || region.isBlank()) {
            throw new UserFacingException("No AWS region is set for CloudWatch: choose one in Settings, on the"
                    + " dashboard, or with --region (for example --region eu-west-1).");
        }
        region = region.trim();
    }

    /** Parses the user's strings; a blank profile or endpoint means none. */
    public static CloudWatchConnection of(String profile, String region, String endpoint) {
        return new CloudWatchConnection(Optional.ofNullable(profile), region, endpoint(endpoint));
    }

    /** {@code profile 'x', eu-west-1} or {@code default credentials, eu-west-1}, plus the endpoint: for messages. */
    public String describe() {
        return profile.map(p -> "profile '" + p + "'").orElse("the default credentials") + ", region " + region
                + endpoint.map(e -> ", endpoint " + e).orElse("");
    }

    private static Optional<URI> endpoint(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.trim());
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new URISyntaxException(text, "needs http:// or https:// and a host");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new UserFacingException("The CloudWatch endpoint '" + text + "' is not a URL: give one such as"
                    + " http://localhost:4566 (LocalStack), or leave it empty for AWS's own endpoint.", e);
        }
    }
}
