package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.workspace.Area;
import io.dataops.workbench.workspace.Project;
import io.dataops.workbench.workspace.ProjectStore;
import io.dataops.workbench.workspace.RecentItems;
import io.dataops.workbench.workspace.SampleCatalog;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Data Quality area: the data-source manager, the asset browser of the selected source, the profile
 * view and the comparison of stored profiles. Tables of the workspace itself that are workspace projects
 * (the payments sample) become recent items when profiled, and reopen from the recent list.
 */
public final class QualityViewModel {

    private final ProjectStore projects;
    private final RecentItems recentItems;
    private final TaskRunner runner;
    private final SourcesViewModel sources;
    private final AssetBrowserViewModel browser;
    private final ProfileViewModel profile;
    private final ComparisonViewModel comparison;
    private final ValidationScreens validation;
    private Runnable onOpened = () -> { };
    private Optional<String> pendingSchema = Optional.empty();
    private Optional<String> pendingTable = Optional.empty();

    public QualityViewModel(QualityWorkspace quality, DataSource workspaceSource, ProjectStore projects,
                            RecentItems recentItems, TaskRunner runner, ValidationWorkspace validation) {
        this.projects = projects;
        this.recentItems = recentItems;
        this.runner = runner;
        this.sources = new SourcesViewModel(quality, workspaceSource, runner);
        this.browser = new AssetBrowserViewModel(quality, runner);
        this.profile = new ProfileViewModel(quality, runner);
        this.comparison = new ComparisonViewModel(quality, runner, profile.stored());
        this.validation = new ValidationScreens(quality, validation, workspaceSource, profile, runner);
        sources.selectedProperty().addListener((obs, old, now) -> sourceSelected(now));
        profile.setOnProfiled(this::remember);
    }

    public SourcesViewModel sources() {
        return sources;
    }

    public AssetBrowserViewModel browser() {
        return browser;
    }

    public ProfileViewModel profile() {
        return profile;
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }

    public io.dataops.workbench.ui.quality.builder.BuilderViewModel builder() {
        return validation.builder();
    }

    public io.dataops.workbench.ui.quality.checkpoint.CheckpointsViewModel checkpoints() {
        return validation.checkpoints();
    }

    public io.dataops.workbench.ui.quality.docs.DataDocsViewModel docs() {
        return validation.docs();
    }

    public void setOnOpened(Runnable action) {
        this.onOpened = Objects.requireNonNull(action);
    }

    /** Loads the saved sources and starts on the workspace's own database, where the samples are. */
    public void load() {
        sources.load();
        if (sources.selectedProperty().get() == null) {
            sources.selectedProperty().set(sources.workspaceSource());
        }
        validation.checkpoints().refresh(Optional.empty());
    }

    /** Profiles what the asset browser has picked (and the batch, if one is picked). */
    public void profileSelected() {
        DataSource source = browser.sourceProperty().get();
        Optional<AssetRef> asset = browser.asset();
        if (source == null || asset.isEmpty()) {
            return;
        }
        profile.run(new ProfileViewModel.Subject(source, asset.get(), browser.batchSpec()));
    }

    /** One click: the payments sample of the workspace, profiled whole. */
    public void profilePaymentsSample() {
        openLocation(SampleCatalog.PAYMENTS_TABLE);
        profile.run(new ProfileViewModel.Subject(sources.workspaceSource(), AssetRef.table(SampleCatalog.PAYMENTS_TABLE),
                Optional.empty()));
    }

    /** Opens a workspace table (a recent item's location, "SCHEMA.TABLE") in the asset browser. */
    public void openLocation(String location) {
        List<String> parts = AssetRef.splitQualified(location);
        Optional<String> schema = parts.size() > 1 ? Optional.of(parts.get(0)) : Optional.empty();
        Optional<String> table = Optional.of(parts.get(parts.size() - 1));
        if (sources.selectedProperty().get() == sources.workspaceSource()
                && browser.sourceProperty().get() == sources.workspaceSource()) {
            sourceChosen(sources.workspaceSource(), schema, table);
        } else {
            pendingTable = table;
            pendingSchema = schema;
            sources.selectedProperty().set(sources.workspaceSource());
        }
    }

    /** Browses the new source; the workspace opens on its SAMPLES schema unless a location asked otherwise. */
    private void sourceSelected(DataSource source) {
        Optional<String> schema = pendingSchema.isPresent() ? pendingSchema
                : source == sources.workspaceSource() ? Optional.of("SAMPLES") : Optional.empty();
        Optional<String> table = pendingTable;
        pendingSchema = Optional.empty();
        pendingTable = Optional.empty();
        sourceChosen(source, schema, table);
    }

    private void sourceChosen(DataSource source, Optional<String> schema, Optional<String> table) {
        browser.browse(source, schema, table);
        profile.loadStored(source);
    }

    /** A profiled workspace table that is a workspace project becomes a recent item. */
    private void remember(ProfileViewModel.Subject subject) {
        if (subject.source() != sources.workspaceSource() || !(subject.asset() instanceof AssetRef.Table table)) {
            return;
        }
        String location = String.join(".", AssetRef.splitQualified(table.name()));
        runner.submit(BackgroundTask.<Optional<Project>>of("Remember " + location, context -> {
            Optional<Project> project = projects.list(Area.DATA_QUALITY).stream()
                    .filter(p -> p.location().equalsIgnoreCase(location)).findFirst();
            project.ifPresent(p -> recentItems.touch(Area.DATA_QUALITY, p.name(), p.location()));
            return project;
        }).onSucceeded(project -> project.ifPresent(p -> onOpened.run())));
    }
}
