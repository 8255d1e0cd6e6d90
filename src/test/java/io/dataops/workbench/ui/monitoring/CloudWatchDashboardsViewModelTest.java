package io.dataops.workbench.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchDashboards;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.dashboard.CloudWatchDashboardBody;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.DashboardImport;
import io.dataops.workbench.monitor.dashboard.DashboardSource;
import io.dataops.workbench.monitor.dashboard.DashboardStore;
import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.dashboard.WidgetType;
import io.dataops.workbench.monitor.testing.FakeMetricSource;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CloudWatch menu's view model against the stub, with the dashboards area's own view model. */
class CloudWatchDashboardsViewModelTest {

    @TempDir
    Path directory;

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private final List<DashboardImport> opened = new ArrayList<>();
    private Workspace workspace;
    private MonitoringViewModel monitoring;
    private CloudWatchDashboardsViewModel model;

    @BeforeEach
    void open() {
        workspace = Workspace.open(directory.resolve("ws"));
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        monitoring = new MonitoringViewModel(new DashboardStore(workspace::connect),
                new FakeMetricSource(Instant::now), AlarmAnnotations.NONE, runner, Instant::now,
                (interval, action) -> () -> { });
        monitoring.load();
        model = new CloudWatchDashboardsViewModel(new CloudWatchDashboards(clients),
                () -> AwsProfiles.parse("[default]\nregion = eu-west-1\n[profile prod]\nregion = us-east-1\n", ""),
                () -> null, () -> CloudWatchStub.REGION, runner);
        monitoring.setCloudWatchDashboards(model);
    }

    @AfterEach
    void close() {
        workspace.close();
        clients.close();
        stub.close();
    }

    static String resource(String name) {
        try (InputStream in = CloudWatchDashboardsViewModelTest.class.getResourceAsStream("/cloudwatch/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void startOnTheStub(Dashboard dashboard) {
        model.startFrom(dashboard);
        model.endpointProperty().set(stub.endpoint().toString());
    }

    @Test
    void aListedDashboardOpensAsAWorkspaceDashboardWithItsNotes() {
        stub.respond("ListDashboards", CloudWatchStub.ok("ListDashboards", "<DashboardEntries><member>"
                + "<DashboardName>orders</DashboardName><LastModified>2026-11-20T10:15:00Z</LastModified>"
                + "<Size>2048</Size></member></DashboardEntries>"));
        stub.respond("GetDashboard", CloudWatchStub.ok("GetDashboard", "<DashboardName>orders</DashboardName>"
                + "<DashboardBody>" + resource("orders-dashboard.json").replace("&", "&amp;").replace("<", "&lt;")
                + "</DashboardBody>"));
        startOnTheStub(monitoring.dashboardProperty().get());
        assertThat(model.profiles()).containsExactly("default", "prod");
        assertThat(model.regionProperty().get()).isEqualTo(CloudWatchStub.REGION);

        model.listDashboards();
        assertThat(model.dashboards()).extracting(CloudWatchDashboards.Entry::name).containsExactly("orders");
        assertThat(model.statusProperty().get()).isEqualTo("1 dashboard in us-east-1");

        model.open("orders", imported -> {
            opened.add(imported);
            monitoring.adopt(imported.dashboard());
        });
        assertThat(opened).singleElement().satisfies(i -> assertThat(i.notes()).hasSize(4));
        Dashboard shown = monitoring.dashboardProperty().get();
        assertThat(shown.name()).isEqualTo("orders");
        assertThat(shown.widgets()).hasSize(5);
        assertThat(monitoring.dashboardNames()).contains("Local", "orders");
        Dashboard kept = new DashboardStore(workspace::connect).load("orders").orElseThrow();
        assertThat(kept.source()).isEqualTo(DashboardSource.cloudWatch(null, "eu-west-1", stub.endpoint().toString()));
        assertThat(model.statusProperty().get()).isEqualTo("Opened orders (4 notes)");
    }

    @Test
    void withoutARegionNothingIsAskedAndTheStatusSaysWhatToDo() {
        model.startFrom(null);
        model.regionProperty().set("");
        model.listDashboards();
        assertThat(model.statusProperty().get()).contains("No AWS region is set");
        assertThat(stub.allRequests()).isEmpty();
    }

    @Test
    void saveSendsExactlyTheBodyThatWasShownAfterTheConfirmation() {
        stub.respond("GetCallerIdentity", "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/"
                + "2011-06-15/\"><GetCallerIdentityResult><Account>123456789012</Account></GetCallerIdentityResult>"
                + "</GetCallerIdentityResponse>");
        stub.respond("PutDashboard", CloudWatchStub.ok("PutDashboard", "<DashboardValidationMessages><member>"
                + "<DataPath>/widgets/1</DataPath><Message>Alarm HighLatency does not exist</Message></member>"
                + "</DashboardValidationMessages>"));
        Dashboard ops = new Dashboard("Ops overview", List.of(new Widget("a", WidgetType.ALARM_STATUS, "Alarms",
                List.of(), List.of("HighLatency"), Widget.AUTO, 0, 0, 6, 2)));
        startOnTheStub(ops);
        assertThat(model.targetNameProperty().get()).isEqualTo("Ops-overview");
        model.prepareSave(ops);
        assertThat(model.preparedProperty().get()).isTrue();
        assertThat(model.preparedBodyProperty().get()).contains("arn:aws:cloudwatch:us-east-1:123456789012:alarm:HighLatency");
        assertThat(model.confirmation()).isEqualTo("PutDashboard overwrites the dashboard Ops-overview in region"
                + " us-east-1, if there is one, with the body below.");

        List<CloudWatchDashboards.PutResult> saved = new ArrayList<>();
        model.save(saved::add);

        assertThat(stub.requests("PutDashboard")).singleElement().satisfies(form -> {
            assertThat(form).containsEntry("DashboardName", "Ops-overview");
            assertThat(form.get("DashboardBody")).isEqualTo(model.preparedBodyProperty().get());
        });
        assertThat(saved).singleElement().satisfies(r -> assertThat(r.warnings())
                .containsExactly("/widgets/1: Alarm HighLatency does not exist"));
        assertThat(model.statusProperty().get()).isEqualTo("Saved Ops-overview in us-east-1 with 1 warnings");
    }

    @Test
    void changingTheRegionAfterPreparingNeedsANewBodyBeforeSaving() {
        Dashboard notes = new Dashboard("notes", List.of(new Widget("t", WidgetType.TEXT, "", List.of(), List.of(),
                Widget.AUTO, 0, 0, 6, 2, "hi")));
        startOnTheStub(notes);
        model.prepareSave(notes);
        assertThat(model.preparedProperty().get()).isTrue();
        model.regionProperty().set("eu-west-1");
        assertThat(model.preparedProperty().get()).isFalse();
        model.save(result -> { });
        assertThat(stub.requests("PutDashboard")).isEmpty();
    }

    @Test
    void aRejectedSaveStaysInTheStatusAndReportsNoSuccess() {
        stub.fail("PutDashboard", 400, "InvalidParameterInput", "The dashboard body is invalid");
        Dashboard notes = new Dashboard("notes", List.of(new Widget("t", WidgetType.TEXT, "", List.of(), List.of(),
                Widget.AUTO, 0, 0, 6, 2, "hi")));
        startOnTheStub(notes);
        model.prepareSave(notes);
        List<CloudWatchDashboards.PutResult> saved = new ArrayList<>();
        model.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("CloudWatch rejected the dashboard notes")
                .contains("The dashboard body is invalid");
    }

    @Test
    void bodyFilesGoOutAndComeBackWithoutAws() throws IOException {
        Path file = directory.resolve("orders.json");
        Files.writeString(file, resource("orders-dashboard.json"));
        model.startFrom(null);
        model.importBody(file, imported -> monitoring.adopt(imported.dashboard()));
        Dashboard imported = monitoring.dashboardProperty().get();
        assertThat(imported.name()).isEqualTo("orders");
        assertThat(imported.widgets()).hasSize(5);

        Path out = directory.resolve("out.json");
        model.exportBody(imported, out);
        String written = Files.readString(out);
        assertThat(written).contains("arn:aws:cloudwatch:eu-west-1:ACCOUNT_ID:alarm:orders-errors");
        assertThat(CloudWatchDashboardBody.read(written, "orders", null, null, null).dashboard().widgets())
                .extracting(Widget::type).containsExactlyElementsOf(imported.widgets().stream().map(Widget::type).toList());
        assertThat(stub.allRequests()).isEmpty();
    }
}
