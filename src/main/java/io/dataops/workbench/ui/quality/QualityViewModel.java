package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.TablePreview;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.common.RunningTask;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.workspace.Area;
import io.dataops.workbench.workspace.Project;
import io.dataops.workbench.workspace.ProjectStore;
import io.dataops.workbench.workspace.RecentItems;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The data assets of the workspace and a preview of the selected one's first rows, read in a cancellable task. */
public final class QualityViewModel {

    public static final int PREVIEW_ROWS = 200;

    private final ProjectStore projectStore;
    private final RecentItems recentItems;
    private final TablePreview tablePreview;
    private final TaskRunner runner;
    private final ObservableList<Project> assets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Project> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TablePreview.Rows> preview =
            new ReadOnlyObjectWrapper<>(new TablePreview.Rows(List.of(), List.of()));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading data assets\u2026");
    private final ReadOnlyBooleanWrapper previewRunning = new ReadOnlyBooleanWrapper();
    private Runnable onOpened = () -> { };
    private RunningTask previewTask;
    private String pendingLocation;

    public QualityViewModel(ProjectStore projectStore, RecentItems recentItems, TablePreview tablePreview,
                            TaskRunner runner) {
        this.projectStore = projectStore;
        this.recentItems = recentItems;
        this.tablePreview = tablePreview;
        this.runner = runner;
    }

    public ObservableList<Project> assets() {
        return FXCollections.unmodifiableObservableList(assets);
    }

    public ReadOnlyObjectProperty<Project> selectedAssetProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TablePreview.Rows> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewRunningProperty() {
        return previewRunning.getReadOnlyProperty();
    }

    public void setOnOpened(Runnable action) {
        this.onOpened = Objects.requireNonNull(action);
    }

    public void load() {
        runner.submit(BackgroundTask.<List<Project>>of("Load data assets", context -> projectStore.list(Area.DATA_QUALITY))
                .onSucceeded(this::assetsLoaded));
    }

    /** The user chose an asset: preview it and remember it among the recent items. */
    public void open(Project asset) {
        if (asset == null || asset.equals(selected.get())) {
            return;
        }
        selected.set(asset);
        refreshPreview();
        runner.submit(BackgroundTask.of("Remember " + asset.name(), context -> {
            recentItems.touch(Area.DATA_QUALITY, asset.name(), asset.location());
            return asset;
        }).onSucceeded(a -> onOpened.run()));
    }

    public void openLocation(String location) {
        Optional<Project> match = assets.stream().filter(p -> p.location().equals(location)).findFirst();
        if (match.isPresent()) {
            open(match.get());
        } else {
            pendingLocation = location;
        }
    }

    /** Reads the first rows of the selected asset again, cancelling a preview still running. */
    public void refreshPreview() {
        Project asset = selected.get();
        if (asset == null) {
            return;
        }
        cancelPreview();
        previewRunning.set(true);
        status.set("Reading the first rows of " + asset.location() + "\u2026");
        previewTask = runner.submit(BackgroundTask.<TablePreview.Rows>of("Preview " + asset.location(),
                        context -> tablePreview.firstRows(asset.location(), PREVIEW_ROWS, context))
                .onSucceeded(rows -> {
                    preview.set(rows);
                    status.set(rows.rows().size() < PREVIEW_ROWS
                            ? rows.rows().size() + " rows"
                            : "First " + PREVIEW_ROWS + " rows");
                })
                .onFailed(error -> status.set(ErrorMessages.plainMessage(error)))
                .onCancelled(() -> status.set("Preview cancelled."))
                .onDone(() -> previewRunning.set(false)));
    }

    public void cancelPreview() {
        if (previewTask != null && previewRunning.get()) {
            previewTask.cancel();
        }
    }

    private void assetsLoaded(List<Project> loaded) {
        assets.setAll(loaded);
        status.set(loaded.isEmpty() ? "No data assets in this workspace yet." : "");
        String wanted = pendingLocation;
        pendingLocation = null;
        if (wanted != null) {
            openLocation(wanted);
        } else if (!loaded.isEmpty() && selected.get() == null) {
            selected.set(loaded.get(0));
            refreshPreview();
        }
    }
}
