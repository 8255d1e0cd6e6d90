package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.UserFacingException;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns what the SDK throws into what a user can act on: expired or missing credentials name the profile
 * and the command that fixes them ({@code aws sso login --profile x}), throttling that outlasted the retries
 * and network failures say so and are marked {@linkplain CloudWatchException#transientFailure() transient}
 * (a chart keeps its last data and shows it is stale), anything else quotes AWS's own code and message.
 */
public final class CloudWatchFailures {

    private static final Set<String> EXPIRED = Set.of("expiredtoken", "expiredtokenexception", "requestexpired",
            "tokenrefreshrequired");
    private static final Set<String> BAD_CREDENTIALS = Set.of("invalidclienttokenid", "unrecognizedclientexception",
            "signaturedoesnotmatch", "incompletesignature", "missingauthenticationtoken", "invalidsignatureexception");
    private static final Set<String> DENIED = Set.of("accessdenied", "accessdeniedexception");
    private static final Set<String> THROTTLED = Set.of("throttling", "throttlingexception", "requestlimitexceeded",
            "toomanyrequestsexception", "limitexceeded");

    private CloudWatchFailures() {
    }

    /** Runs one SDK call ({@code what} names it for the message, e.g. "list metrics"), translating failures. */
    public static <T> T call(CloudWatchConnection connection, String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw translate(connection, what, e);
        }
    }

    public static CloudWatchException translate(CloudWatchConnection connection, String what, SdkException e) {
        String fix = connection.profile()
                .map(p -> "run `aws sso login --profile " + p + "` (SSO) or renew the keys of profile '" + p + "'")
                .orElse("renew the credentials (for SSO: `aws sso login`), or choose a profile (--profile, or Settings in the app)");
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = String.valueOf(service.awsErrorDetails().errorCode());
            String lower = code.toLowerCase(Locale.ROOT);
            String awsMessage = service.awsErrorDetails().errorMessage();
            if (EXPIRED.contains(lower)) {
                return new CloudWatchException("Could not " + what + ": the AWS credentials of " + connection.describe()
                        + " have expired (" + code + "). To go on, " + fix + ", then try again.", false, e);
            }
            if (BAD_CREDENTIALS.contains(lower)) {
                return new CloudWatchException("Could not " + what + ": AWS did not accept the credentials of "
                        + connection.describe() + " (" + code + ": " + awsMessage + "). Check the profile's keys or "
                        + fix + ".", false, e);
            }
            if (DENIED.contains(lower)) {
                return new CloudWatchException("Could not " + what + ": the identity of " + connection.describe()
                        + " is not allowed to (" + code + ": " + awsMessage + "). Ask for the cloudwatch permission"
                        + " it names, or use another profile.", false, e);
            }
            if (THROTTLED.contains(lower) || service.isThrottlingException()) {
                return new CloudWatchException("Could not " + what + ": CloudWatch is throttling requests in "
                        + connection.region() + " (" + code + ") and " + CloudWatchClients.MAX_ATTEMPTS
                        + " attempts with backoff did not get through. The data shown is kept; it refreshes on the"
                        + " next try.", true, e);
            }
            boolean serverSide = service.statusCode() >= 500;
            return new CloudWatchException("Could not " + what + " (" + connection.describe() + "): CloudWatch"
                    + " answered " + code + ": " + awsMessage + (serverSide ? " (a server error; it is retried on the"
                    + " next refresh)." : "."), serverSide, e);
        }
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("sso") && (lower.contains("expired") || lower.contains("invalid")
                || lower.contains("token"))) {
            return new CloudWatchException("Could not " + what + ": the SSO session of " + connection.describe()
                    + " has expired or was never started. To go on, " + fix + ", then try again.", false, e);
        }
        if (lower.contains("unable to load credentials") || lower.contains("profile file contained no credentials")
                || lower.contains("no profile") || lower.contains("profile") && lower.contains("not found")) {
            return new CloudWatchException("Could not " + what + ": no AWS credentials were found for "
                    + connection.describe() + ". Set up the profile with `aws configure"
                    + connection.profile().map(p -> " --profile " + p).orElse("") + "` or `aws configure sso`,"
                    + " or choose another profile (--profile, or Settings in the app).", false, e);
        }
        if (e instanceof SdkClientException && hasCause(e, IOException.class)) {
            return new CloudWatchException("Could not " + what + ": CloudWatch at " + connection.describe()
                    + " could not be reached (" + rootMessage(e) + "). Check the network or the endpoint; the data"
                    + " shown is kept.", true, e);
        }
        return new CloudWatchException("Could not " + what + " (" + connection.describe() + "): " + message, false, e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** A CloudWatch failure in plain words; {@code transientFailure} when trying again later may work. */
    public static final class CloudWatchException extends UserFacingException {

        private final boolean transientFailure;

        CloudWatchException(String message, boolean transientFailure, Throwable cause) {
            super(message, cause);
            this.transientFailure = transientFailure;
        }

        public boolean transientFailure() {
            return transientFailure;
        }
    }
}
