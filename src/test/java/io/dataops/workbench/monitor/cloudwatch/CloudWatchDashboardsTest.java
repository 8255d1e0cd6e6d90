package io.dataops.workbench.monitor.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.dashboard.CloudWatchDashboardBody;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.DashboardImport;
import io.dataops.workbench.monitor.dashboard.DashboardSource;
import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.dashboard.WidgetType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ListDashboards, GetDashboard and PutDashboard against the stub, checked on what the stub received. */
class CloudWatchDashboardsTest {

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private final CloudWatchDashboards dashboards = new CloudWatchDashboards(clients);

    @AfterEach
    void stop() {
        clients.close();
        stub.close();
    }

    static String body(String name) {
        try (InputStream in = CloudWatchDashboardsTest.class.getResourceAsStream("/cloudwatch/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String entries(String... names) {
        StringBuilder xml = new StringBuilder("<DashboardEntries>");
        for (String name : names) {
            xml.append("<member><DashboardName>").append(name).append("</DashboardName><DashboardArn>")
                    .append("arn:aws:cloudwatch::123456789012:dashboard/").append(name).append("</DashboardArn>")
                    .append("<LastModified>2026-11-20T10:15:00Z</LastModified><Size>1234</Size></member>");
        }
        return xml.append("</DashboardEntries>").toString();
    }

    /** GetDashboard's answer for a body: the body is a string member, so its JSON is XML-escaped. */
    static String getDashboard(String name, String body) {
        return CloudWatchStub.ok("GetDashboard", "<DashboardArn>arn:aws:cloudwatch::123456789012:dashboard/" + name
                + "</DashboardArn><DashboardBody>" + escape(body) + "</DashboardBody><DashboardName>" + name
                + "</DashboardName>");
    }

    static String callerIdentity(String account) {
        return "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
                + "<Arn>arn:aws:iam::" + account + ":user/Alice</Arn><UserId>AKIAI44QH8DHBEXAMPLE</UserId><Account>"
                + account + "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>"
                + "01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata></GetCallerIdentityResponse>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Test
    void listFollowsNextTokenAcrossPages() {
        stub.respond("ListDashboards", CloudWatchStub.ok("ListDashboards", entries("orders", "Billing")
                + "<NextToken>page-2</NextToken>"));
        stub.respondWhere("ListDashboards", "NextToken", "page-2", CloudWatchStub.ok("ListDashboards",
                entries("api-latency")));
        List<CloudWatchDashboards.Entry> listed = dashboards.list(stub.connection(), TaskContext.none());
        assertThat(listed).extracting(CloudWatchDashboards.Entry::name).containsExactly("api-latency", "Billing", "orders");
        assertThat(listed.get(0).size()).isEqualTo(1234);
        List<Map<String, String>> requests = stub.requests("ListDashboards");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).doesNotContainKey("NextToken");
        assertThat(requests.get(1)).containsEntry("NextToken", "page-2");
    }

    @Test
    void getReadsTheBodyOnTheConnectionsProfileAndEndpoint() {
        stub.respond("GetDashboard", getDashboard("orders", body("orders-dashboard.json")));
        DashboardImport imported = dashboards.get(stub.connection(), "orders");
        assertThat(stub.requests("GetDashboard")).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("DashboardName", "orders"));
        Dashboard dashboard = imported.dashboard();
        assertThat(dashboard.name()).isEqualTo("orders");
        assertThat(dashboard.source()).isEqualTo(DashboardSource.cloudWatch(null, "eu-west-1",
                stub.endpoint().toString()));
        assertThat(dashboard.widgets()).hasSize(5);
        assertThat(imported.notes()).anyMatch(n -> n.contains("log widget skipped"));
    }

    @Test
    void putSendsTheBodyWithTheAccountFromStsAndItReadsBackAsTheSameDashboard() {
        stub.respond("GetDashboard", getDashboard("orders", body("orders-dashboard.json")));
        stub.respond("GetCallerIdentity", callerIdentity("210987654321"));
        stub.respond("PutDashboard", CloudWatchStub.ok("PutDashboard", "<DashboardValidationMessages/>"));
        Dashboard dashboard = dashboards.get(stub.connection(), "orders").dashboard();

        CloudWatchDashboards.PutResult result = dashboards.put(stub.connection(), "orders-copy", dashboard);

        assertThat(result.warnings()).isEmpty();
        Map<String, String> put = stub.requests("PutDashboard").get(0);
        assertThat(put).containsEntry("DashboardName", "orders-copy");
        String sent = put.get("DashboardBody");
        assertThat(sent).contains("arn:aws:cloudwatch:us-east-1:210987654321:alarm:orders-errors")
                .doesNotContain("ACCOUNT_ID");
        DashboardImport back = CloudWatchDashboardBody.read(sent, "orders", null, "us-east-1",
                stub.endpoint().toString());
        assertThat(back.notes()).isEmpty();
        assertThat(withoutIds(back.dashboard())).isEqualTo(withoutIds(dashboard.withSource(
                DashboardSource.cloudWatch(null, "us-east-1", stub.endpoint().toString()))));
    }

    @Test
    void whenStsIsNotAllowedTheAccountComesFromTheAlarmsArns() {
        stub.fail("GetCallerIdentity", 403, "AccessDenied", "not allowed");
        stub.respond("DescribeAlarms", CloudWatchStub.ok("DescribeAlarms", "<MetricAlarms><member>"
                + "<AlarmName>HighLatency</AlarmName><AlarmArn>arn:aws:cloudwatch:us-east-1:111122223333:alarm:"
                + "HighLatency</AlarmArn><StateValue>OK</StateValue></member></MetricAlarms><CompositeAlarms/>"));
        stub.respond("PutDashboard", CloudWatchStub.ok("PutDashboard", "<DashboardValidationMessages/>"));
        Dashboard dashboard = new Dashboard("ops", List.of(new Widget("a", WidgetType.ALARM_STATUS, "Alarms",
                List.of(), List.of("HighLatency"), Widget.AUTO, 0, 0, 6, 2)));

        dashboards.put(stub.connection(), "ops", dashboard);

        assertThat(stub.requests("DescribeAlarms").get(0)).containsEntry("AlarmNames.member.1", "HighLatency");
        assertThat(stub.requests("PutDashboard").get(0).get("DashboardBody"))
                .contains("arn:aws:cloudwatch:us-east-1:111122223333:alarm:HighLatency");
    }

    @Test
    void aDashboardWithoutAlarmsAsksNoAccount() {
        stub.respond("PutDashboard", CloudWatchStub.ok("PutDashboard", "<DashboardValidationMessages/>"));
        Dashboard dashboard = new Dashboard("notes", List.of(new Widget("t", WidgetType.TEXT, "", List.of(),
                List.of(), Widget.AUTO, 0, 0, 6, 2, "hello")));
        dashboards.put(stub.connection(), "notes", dashboard);
        assertThat(stub.requests("GetCallerIdentity")).isEmpty();
        assertThat(stub.requests("PutDashboard").get(0).get("DashboardBody")).contains("\"markdown\" : \"hello\"");
    }

    @Test
    void validationMessagesOfASavedDashboardAreWarnings() {
        stub.respond("PutDashboard", CloudWatchStub.ok("PutDashboard", "<DashboardValidationMessages><member>"
                + "<DataPath>/widgets/0/properties/metrics/0</DataPath><Message>The metric AWS/EC2 CPUUtilization"
                + " has no datapoints in the last 2 weeks</Message></member></DashboardValidationMessages>"));
        CloudWatchDashboards.PutResult result = dashboards.put(stub.connection(), "ops", "{\"widgets\":[]}");
        assertThat(result.warnings()).containsExactly("/widgets/0/properties/metrics/0: The metric AWS/EC2"
                + " CPUUtilization has no datapoints in the last 2 weeks");
    }

    @Test
    void aRejectedBodyIsAClearMessage() {
        stub.fail("PutDashboard", 400, "InvalidParameterInput", "The dashboard body is invalid, there are 1"
                + " validation errors: [ { &quot;dataPath&quot;: &quot;/widgets/0/width&quot;, &quot;message&quot;:"
                + " &quot;Should be less than or equal to 24&quot; } ]");
        assertThatThrownBy(() -> dashboards.put(stub.connection(), "ops", "{\"widgets\":[{\"type\":\"text\","
                + "\"width\":30,\"properties\":{\"markdown\":\"x\"}}]}"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("CloudWatch rejected the dashboard ops")
                .hasMessageContaining("/widgets/0/width")
                .hasMessageContaining("Nothing was saved");
    }

    @Test
    void aNameCloudWatchWouldRefuseIsCaughtBeforeTheCall() {
        assertThatThrownBy(() -> dashboards.put(stub.connection(), "My dashboard", "{\"widgets\":[]}"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("for example My-dashboard");
        assertThat(stub.requests("PutDashboard")).isEmpty();
    }

    private static Dashboard withoutIds(Dashboard dashboard) {
        return new Dashboard(dashboard.name(), dashboard.widgets().stream().map(w -> new Widget("-", w.type(),
                w.title(), w.metrics(), w.alarms(), w.period(), w.x(), w.y(), w.width(), w.height(), w.markdown()))
                .toList(), dashboard.source());
    }
}
