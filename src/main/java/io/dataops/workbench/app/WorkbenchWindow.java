package io.dataops.workbench.app;

import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.monitor.host.HostMetricsSampler;
import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.terraform.TerraformVersionCheck;
import io.dataops.workbench.terraform.editing.SyntaxCheck;
import io.dataops.workbench.terraform.project.DiskWatch;
import io.dataops.workbench.terraform.project.EditorFiles;
import io.dataops.workbench.terraform.project.JdbcDraftStore;
import io.dataops.workbench.terraform.project.JdbcRevisionStore;
import io.dataops.workbench.ui.common.ErrorDialog;
import io.dataops.workbench.ui.common.FxTaskRunner;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.ui.infrastructure.InfrastructureView;
import io.dataops.workbench.ui.infrastructure.InfrastructureViewModel;
import io.dataops.workbench.ui.infrastructure.UnsavedChangesPrompt;
import io.dataops.workbench.ui.infrastructure.editor.EditorServices;
import io.dataops.workbench.ui.infrastructure.editor.FxDraftDelay;
import io.dataops.workbench.ui.infrastructure.editor.HclTextFormatter;
import io.dataops.workbench.ui.quality.QualityView;
import io.dataops.workbench.ui.quality.QualityViewModel;
import io.dataops.workbench.ui.quality.ValidationWorkspace;
import io.dataops.workbench.ui.quality.WorkspaceDatabaseSource;
import io.dataops.workbench.ui.settings.DataQualitySettingsViewModel;
import io.dataops.workbench.ui.settings.SettingsView;
import io.dataops.workbench.ui.settings.SettingsViewModel;
import io.dataops.workbench.ui.shell.MainWindowView;
import io.dataops.workbench.ui.shell.MainWindowViewModel;
import io.dataops.workbench.ui.shell.StageGeometry;
import io.dataops.workbench.ui.shell.WindowGeometry;
import io.dataops.workbench.ui.shell.WorkbenchArea;
import io.dataops.workbench.workspace.RecentItem;
import io.dataops.workbench.workspace.Workspace;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The main window on one workspace, wired by hand: services, task runner, view models, views, theme, geometry. */
public final class WorkbenchWindow {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchWindow.class);

    private final Stage stage;
    private final Workspace workspace;
    private final FxTaskRunner runner;
    private final MainWindowViewModel mainViewModel;
    private final StageGeometry geometry;
    private boolean closed;

    private WorkbenchWindow(Stage stage, Workspace workspace) {
        this.stage = stage;
        this.workspace = workspace;
        this.runner = new FxTaskRunner(ErrorDialog.reporter(() -> stage.isShowing() ? stage : null));
        this.mainViewModel = new MainWindowViewModel(workspace.directory(), workspace.settings(),
                workspace.recentItems(), runner);
        InfrastructureViewModel infrastructure = new InfrastructureViewModel(workspace.projects(),
                workspace.recentItems(), editorServices(workspace, runner));
        infrastructure.setFormatter(new HclTextFormatter(), true);
        QualityWorkspace qualityWorkspace = new QualityWorkspace(workspace,
                SecretKeyFile.inUserConfig(System.getenv()), System.getenv());
        HostMetricsSampler postgresMetrics = PostgresSourceMetrics.start(workspace, qualityWorkspace);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> postgresMetrics.stop());
        QualityViewModel quality = new QualityViewModel(qualityWorkspace,
                WorkspaceDatabaseSource.of(workspace.databaseFile()), workspace.projects(), workspace.recentItems(), runner,
                ValidationWorkspace.of(workspace));
        DataQualitySettingsViewModel qualitySettings = new DataQualitySettingsViewModel(qualityWorkspace.settings(), runner);
        SettingsViewModel settings = new SettingsViewModel(workspace.workbenchSettings(), runner,
                TerraformVersionCheck::run, AwsProfiles::loadDefault);
        infrastructure.setOnOpened(mainViewModel::refreshRecent);
        quality.setOnOpened(mainViewModel::refreshRecent);
        mainViewModel.setRecentOpener(item -> openRecent(item, infrastructure, quality));

        Map<WorkbenchArea, Supplier<Node>> views = new EnumMap<>(WorkbenchArea.class);
        views.put(WorkbenchArea.INFRASTRUCTURE, () -> {
            infrastructure.load();
            InfrastructureView infrastructureView = new InfrastructureView(infrastructure, runner, SyntaxCheck.PARSER);
            infrastructureView.intel().useSchemaServices(IntelHosting.schemaServices(workspace));
            return PlanHosting.withPlanTab(infrastructureView, workspace, runner, infrastructure.selectedProjectProperty());
        });
        views.put(WorkbenchArea.DATA_QUALITY, () -> {
            quality.load();
            return new QualityView(quality);
        });
        views.put(WorkbenchArea.MONITORING, MonitoringHosting.create(workspace, runner, stage,
                TerraformExportOpening.into(workspace.directory(), infrastructure, mainViewModel, runner)));
        views.put(WorkbenchArea.SETTINGS, () -> {
            settings.loadProfiles();
            qualitySettings.load();
            return new SettingsView(settings, qualitySettings);
        });
        MainWindowView view = new MainWindowView(mainViewModel, views, runner, workspace.directory().toString());

        Scene scene = new Scene(view.root());
        settings.themeProperty().get().applyTo(scene);
        settings.themeProperty().addListener((obs, old, theme) -> theme.applyTo(scene));
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(mainViewModel.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        geometry = StageGeometry.apply(stage, WindowGeometry.load(workspace.settings()));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> saveState());
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (!UnsavedChangesPrompt.allowClose(stage, infrastructure)) {
                event.consume();
            }
        });

        mainViewModel.refreshRecent();
    }

    /** Builds the window on {@code stage} and shows it; call on the FX thread. */
    public static WorkbenchWindow show(Stage stage, Workspace workspace) {
        long start = System.nanoTime();
        WorkbenchWindow window = new WorkbenchWindow(stage, workspace);
        long built = System.nanoTime();
        stage.show();
        LOG.debug("Main window built in {} ms, shown in {} ms", (built - start) / 1_000_000,
                (System.nanoTime() - built) / 1_000_000);
        return window;
    }

    public Stage stage() {
        return stage;
    }

    public TaskRunner taskRunner() {
        return runner;
    }

    /** Saves the geometry (the open area is saved as it changes); safe to call more than once. */
    public void saveState() {
        if (!closed) {
            geometry.current().save(workspace.settings());
        }
    }

    /** Saves the state, stops the running tasks and hides the window. */
    public void close() {
        saveState();
        closed = true;
        runner.close();
        stage.hide();
    }

    private static EditorServices editorServices(Workspace workspace, TaskRunner runner) {
        EditorFiles files = new EditorFiles(new JdbcDraftStore(workspace::connect),
                new JdbcRevisionStore(workspace::connect));
        return new EditorServices(files, new DiskWatch(), runner, FxDraftDelay::new);
    }

    private static void openRecent(RecentItem item, InfrastructureViewModel infrastructure, QualityViewModel quality) {
        switch (item.area()) {
            case INFRASTRUCTURE -> infrastructure.openLocation(item.location());
            case DATA_QUALITY -> quality.openLocation(item.location());
            case MONITORING -> { }
        }
    }
}
