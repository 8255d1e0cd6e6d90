package io.dataops.workbench.monitor.cloudwatch;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.dashboard.CloudWatchDashboardBody;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.DashboardImport;
import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.dashboard.WidgetType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.DashboardEntry;
import software.amazon.awssdk.services.cloudwatch.model.DashboardInvalidInputErrorException;
import software.amazon.awssdk.services.cloudwatch.model.DashboardValidationMessage;
import software.amazon.awssdk.services.cloudwatch.model.GetDashboardResponse;
import software.amazon.awssdk.services.cloudwatch.model.ListDashboardsResponse;
import software.amazon.awssdk.services.cloudwatch.model.PutDashboardResponse;

/**
 * CloudWatch's own dashboards: list them ({@code ListDashboards}, every page), open one as a workbench
 * dashboard ({@code GetDashboard}, with notes on what could not be carried over), and save a workbench
 * dashboard as one ({@code PutDashboard}, which replaces a dashboard of that name: the UI asks first).
 */
public final class CloudWatchDashboards {

    /** CloudWatch's rule for dashboard names. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");

    private final CloudWatchClients clients;

    public CloudWatchDashboards(CloudWatchClients clients) {
        this.clients = clients;
    }

    /** One dashboard of the account and region, as ListDashboards describes it. */
    public record Entry(String name, Instant lastModified, long size) {
    }

    /** What PutDashboard said: its validation warnings ({@code dataPath: message}); empty when all is well. */
    public record PutResult(String name, String region, List<String> warnings) {
    }

    public List<Entry> list(CloudWatchConnection connection, TaskContext context) {
        CloudWatchClient client = clients.client(connection);
        List<Entry> entries = new ArrayList<>();
        String token = null;
        int page = 0;
        do {
            context.checkCancelled();
            String next = token;
            ListDashboardsResponse response = CloudWatchFailures.call(connection, "list the dashboards",
                    () -> client.listDashboards(r -> r.nextToken(next)));
            for (DashboardEntry entry : response.dashboardEntries()) {
                entries.add(new Entry(entry.dashboardName(), entry.lastModified(),
                        entry.size() == null ? 0 : entry.size()));
            }
            token = response.nextToken();
            context.message("Listed " + entries.size() + " dashboards (page " + ++page + ")");
        } while (token != null && !token.isEmpty());
        entries.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return entries;
    }

    /** Reads a dashboard as a workbench dashboard on this connection's profile, region and endpoint. */
    public DashboardImport get(CloudWatchConnection connection, String name) {
        GetDashboardResponse response = CloudWatchFailures.call(connection, "open the dashboard " + name,
                () -> clients.client(connection).getDashboard(r -> r.dashboardName(name)));
        return CloudWatchDashboardBody.read(response.dashboardBody(), response.dashboardName() == null ? name
                        : response.dashboardName(), connection.profile().orElse(null), connection.region(),
                connection.endpoint().map(Object::toString).orElse(null));
    }

    /** The body PutDashboard would get, alarm ARNs carrying {@code accountId}. */
    public static String body(Dashboard dashboard, String region, String accountId) {
        return CloudWatchDashboardBody.of(dashboard, region,
                alarm -> "arn:aws:cloudwatch:" + region + ":" + accountId + ":alarm:" + alarm);
    }

    /** The account for the alarm ARNs, looked up only when the dashboard has alarm widgets. */
    public String accountFor(CloudWatchConnection connection, Dashboard dashboard) {
        List<String> alarms = alarmNames(dashboard);
        return alarms.isEmpty() ? "ACCOUNT_ID" : AccountIds.of(clients, connection, alarms);
    }

    /** Saves the dashboard under {@code name}, replacing CloudWatch's dashboard of that name if there is one. */
    public PutResult put(CloudWatchConnection connection, String name, Dashboard dashboard) {
        requireName(name);
        String body = body(dashboard, connection.region(), accountFor(connection, dashboard));
        return put(connection, name, body);
    }

    /** Saves a body as it is (already shown to the user) under {@code name}. */
    public PutResult put(CloudWatchConnection connection, String name, String body) {
        requireName(name);
        PutDashboardResponse response;
        try {
            response = clients.client(connection).putDashboard(r -> r.dashboardName(name).dashboardBody(body));
        } catch (DashboardInvalidInputErrorException e) {
            throw rejected(connection, name, e);
        } catch (SdkException e) {
            throw CloudWatchFailures.translate(connection, "save the dashboard " + name, e);
        }
        return new PutResult(name, connection.region(), messages(response.dashboardValidationMessages()));
    }

    public static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new UserFacingException("'" + name + "' cannot be a CloudWatch dashboard name: use 1-255 letters,"
                    + " digits, '-' and '_' (for example " + suggestedName(name) + ").");
        }
    }

    /** A CloudWatch-valid name close to a workbench dashboard's name: other characters become '-'. */
    public static String suggestedName(String name) {
        String cleaned = (name == null ? "" : name.trim()).replaceAll("[^A-Za-z0-9_-]+", "-")
                .replaceAll("^-+|-+$", "");
        cleaned = cleaned.isEmpty() ? "dashboard" : cleaned;
        return cleaned.length() > 255 ? cleaned.substring(0, 255) : cleaned;
    }

    private static UserFacingException rejected(CloudWatchConnection connection, String name,
                                                DashboardInvalidInputErrorException e) {
        List<String> messages = messages(e.dashboardValidationMessages());
        String detail = messages.isEmpty()
                ? (e.awsErrorDetails() == null ? String.valueOf(e.getMessage()) : e.awsErrorDetails().errorMessage())
                : String.join("; ", messages);
        return new UserFacingException("CloudWatch rejected the dashboard " + name + " (" + connection.describe()
                + "): " + detail + ". Nothing was saved; fix the widget it names and save again.", e);
    }

    private static List<String> messages(List<DashboardValidationMessage> messages) {
        List<String> texts = new ArrayList<>();
        for (DashboardValidationMessage message : messages) {
            String path = message.dataPath();
            texts.add((path == null || path.isEmpty() ? "" : path + ": ") + message.message());
        }
        return texts;
    }

    private static List<String> alarmNames(Dashboard dashboard) {
        return dashboard.widgets().stream().filter(w -> w.type() == WidgetType.ALARM_STATUS)
                .map(Widget::alarms).flatMap(List::stream).distinct().toList();
    }

}
