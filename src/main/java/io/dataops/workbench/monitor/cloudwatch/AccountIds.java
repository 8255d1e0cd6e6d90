package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.UserFacingException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The AWS account id an alarm widget's ARNs need: from STS {@code GetCallerIdentity} (allowed to every
 * identity), or failing that from the ARNs {@code DescribeAlarms} returns for the widget's alarms.
 */
public final class AccountIds {

    private static final Pattern ACCOUNT_IN_ARN = Pattern.compile("^arn:[^:]+:[^:]*:[^:]*:(\\d{12}):");
    private static final int DESCRIBE_LIMIT = 100;

    private AccountIds() {
    }

    public static String of(CloudWatchClients clients, CloudWatchConnection connection, List<String> alarmNames) {
        String stsFailure;
        try (StsClient sts = StsClients.forConnection(clients, connection)) {
            String account = sts.getCallerIdentity().account();
            if (account != null && !account.isBlank()) {
                return account;
            }
            stsFailure = "it returned no account";
        } catch (SdkException e) {
            stsFailure = e.getMessage();
        }
        Optional<String> fromAlarms = fromAlarms(clients, connection, alarmNames);
        if (fromAlarms.isPresent()) {
            return fromAlarms.get();
        }
        throw new UserFacingException("Could not find the AWS account of " + connection.describe() + " for the"
                + " alarm widgets' ARNs: STS GetCallerIdentity failed (" + stsFailure + ") and DescribeAlarms found"
                + " none of the alarms " + alarmNames + ". Check the credentials, or remove the alarm widgets.");
    }

    private static Optional<String> fromAlarms(CloudWatchClients clients, CloudWatchConnection connection,
                                               List<String> alarmNames) {
        if (alarmNames.isEmpty()) {
            return Optional.empty();
        }
        List<String> asked = alarmNames.subList(0, Math.min(alarmNames.size(), DESCRIBE_LIMIT));
        DescribeAlarmsResponse response;
        try {
            response = clients.client(connection).describeAlarms(r -> r.alarmNames(asked));
        } catch (SdkException e) {
            return Optional.empty();
        }
        for (MetricAlarm alarm : response.metricAlarms()) {
            Optional<String> account = account(alarm.alarmArn());
            if (account.isPresent()) {
                return account;
            }
        }
        return response.compositeAlarms().stream().map(a -> account(a.alarmArn())).flatMap(Optional::stream)
                .findFirst();
    }

    static Optional<String> account(String arn) {
        Matcher matcher = ACCOUNT_IN_ARN.matcher(arn == null ? "" : arn);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
