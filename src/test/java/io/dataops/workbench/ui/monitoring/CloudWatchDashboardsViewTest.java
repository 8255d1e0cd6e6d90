package io.dataops.workbench.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchClients;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchDashboards;
import io.dataops.workbench.monitor.cloudwatch.testing.CloudWatchStub;
import io.dataops.workbench.monitor.dashboard.AlarmAnnotations;
import io.dataops.workbench.monitor.dashboard.CloudWatchDashboardBody;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.DashboardStore;
import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.testing.FakeMetricSource;
import io.dataops.workbench.ui.common.FxTaskRunner;
import io.dataops.workbench.ui.testing.Fx;
import io.dataops.workbench.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Open a dashboard from (the stub of) CloudWatch, see its widgets, save it back after the confirmation. */
@ExtendWith(ApplicationExtension.class)
class CloudWatchDashboardsViewTest {

    @TempDir
    Path directory;

    private final CloudWatchStub stub = CloudWatchStub.start();
    private final CloudWatchClients clients = CloudWatchStub.clients();
    private Stage stage;
    private Workspace workspace;
    private FxTaskRunner runner;
    private MonitoringViewModel model;
    private MonitoringView view;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
    }

    @BeforeEach
    void show() {
        workspace = Workspace.open(directory.resolve("ws"));
        runner = new FxTaskRunner((context, error) -> { });
        model = new MonitoringViewModel(new DashboardStore(workspace::connect), new FakeMetricSource(Instant::now),
                AlarmAnnotations.NONE, runner, Instant::now, new FxRefreshTicker(1));
        model.setCloudWatchDashboards(new CloudWatchDashboardsViewModel(new CloudWatchDashboards(clients),
                () -> AwsProfiles.parse("[profile prod]\nregion = eu-west-1\n", ""), () -> null, () -> null, runner));
        view = MonitoringScenes.show(stage, model, 1280, 860);
    }

    @AfterEach
    void close() {
        Fx.run(model::stop);
        runner.close();
        workspace.close();
        clients.close();
        stub.close();
    }

    private static String resource(String name) {
        try (InputStream in = CloudWatchDashboardsViewTest.class.getResourceAsStream("/cloudwatch/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCloudWatchDashboardOpensWithItsWidgetsAndIsSavedBackAfterConfirming(FxRobot robot) {
        stub.respond("ListDashboards", CloudWatchStub.ok("ListDashboards", "<DashboardEntries><member>"
                + "<DashboardName>orders</DashboardName><LastModified>2026-11-20T10:15:00Z</LastModified>"
                + "<Size>2048</Size></member></DashboardEntries>"));
        stub.respond("GetDashboard", CloudWatchStub.ok("GetDashboard", "<DashboardName>orders</DashboardName>"
                + "<DashboardBody>" + resource("orders-dashboard.json").replace("&", "&amp;").replace("<", "&lt;")
                + "</DashboardBody>"));
        stub.respond("GetCallerIdentity", "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/"
                + "2011-06-15/\"><GetCallerIdentityResult><Account>123456789012</Account></GetCallerIdentityResult>"
                + "</GetCallerIdentityResponse>");
        stub.respond("PutDashboard", CloudWatchStub.ok("PutDashboard", "<DashboardValidationMessages/>"));
        Fx.waitUntil(() -> model.dashboardProperty().get() != null);

        robot.clickOn("#dashboard-cloudwatch").clickOn("Open from CloudWatch…");
        robot.clickOn("#cw-region").write("us-east-1");
        robot.clickOn("#cw-endpoint").write(stub.endpoint().toString());
        robot.clickOn("#cw-list");
        Fx.waitUntil(() -> robot.lookup("#cw-dashboard-list").queryListView().getItems().size() == 1);
        assertThat(stub.requests("ListDashboards")).hasSize(1);
        robot.clickOn(robot.lookup("#cw-dashboard-list .list-cell").nth(0).queryAs(Node.class));
        robot.clickOn("Open");

        Fx.waitUntil(() -> robot.lookup("#cw-import-notes").tryQuery().isPresent());
        String notes = Fx.call(() -> ((TextArea) robot.lookup("#cw-import-notes").queryAs(DialogPane.class)
                .getContent()).getText());
        assertThat(notes).contains("metric math expression 100*(m2/m1) skipped", "log widget skipped");
        robot.clickOn("OK");
        Fx.waitUntil(() -> model.dashboardProperty().get() != null
                && model.dashboardProperty().get().name().equals("orders"));
        Dashboard opened = model.dashboardProperty().get();
        assertThat(opened.widgets()).hasSize(5);
        for (Widget widget : opened.widgets()) {
            Fx.waitUntil(() -> view.tile(widget.id()) != null && view.tile(widget.id()).isVisible());
        }
        assertThat(robot.lookup("#dashboard-selector").queryComboBox().getValue()).isEqualTo("orders");

        robot.clickOn("#dashboard-cloudwatch").clickOn("Save to CloudWatch…");
        Fx.waitUntil(() -> !robot.lookup("#cw-body").queryAs(TextArea.class).getText().isEmpty());
        assertThat(robot.lookup("#cw-confirm").queryAs(Label.class).getText())
                .startsWith("PutDashboard overwrites the dashboard orders in region eu-west-1");
        String shown = robot.lookup("#cw-body").queryAs(TextArea.class).getText();
        assertThat(shown).contains("arn:aws:cloudwatch:eu-west-1:123456789012:alarm:orders-errors");
        assertThat(stub.requests("PutDashboard")).isEmpty();
        robot.clickOn("Overwrite and save");

        Fx.waitUntil(() -> robot.lookup("#cw-saved").tryQuery().isPresent());
        robot.clickOn("OK");
        List<Map<String, String>> puts = stub.requests("PutDashboard");
        assertThat(puts).singleElement().satisfies(form -> {
            assertThat(form).containsEntry("DashboardName", "orders");
            assertThat(form.get("DashboardBody")).isEqualTo(shown);
        });
        Dashboard back = CloudWatchDashboardBody.read(puts.get(0).get("DashboardBody"), "orders", null, null,
                stub.endpoint().toString()).dashboard();
        assertThat(back.widgets()).extracting(Widget::title, Widget::type, Widget::x, Widget::y, Widget::width)
                .containsExactlyElementsOf(opened.widgets().stream().map(w -> org.assertj.core.groups.Tuple.tuple(
                        w.title(), w.type(), w.x(), w.y(), w.width())).toList());
        assertThat(back.widgets()).extracting(Widget::metrics)
                .containsExactlyElementsOf(opened.widgets().stream().map(Widget::metrics).toList());
    }
}
