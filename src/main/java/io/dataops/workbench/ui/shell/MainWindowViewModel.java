package io.dataops.workbench.ui.shell;

import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.workspace.RecentItem;
import io.dataops.workbench.workspace.RecentItems;
import io.dataops.workbench.workspace.SettingsStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The main window's state: the open area (kept in the settings), the title and the recent items. */
public final class MainWindowViewModel {

    static final String AREA_KEY = "ui.area";
    private static final int RECENT_LIMIT = 8;

    private final SettingsStore settings;
    private final RecentItems recentItems;
    private final TaskRunner runner;
    private final ObjectProperty<WorkbenchArea> selectedArea;
    private final ReadOnlyStringWrapper title;
    private final ObservableList<RecentItem> recent = FXCollections.observableArrayList();
    private final ObservableList<RecentItem> recentView = FXCollections.unmodifiableObservableList(recent);
    private Consumer<RecentItem> recentOpener = item -> { };

    public MainWindowViewModel(Path workspaceDirectory, SettingsStore settings, RecentItems recentItems, TaskRunner runner) {
        this.settings = settings;
        this.recentItems = recentItems;
        this.runner = runner;
        this.title = new ReadOnlyStringWrapper("DataOps Workbench \u2014 " + workspaceDirectory);
        this.selectedArea = new SimpleObjectProperty<>(
                WorkbenchArea.parse(settings.get(AREA_KEY, ""), WorkbenchArea.INFRASTRUCTURE));
        selectedArea.addListener((obs, old, now) -> {
            if (now == null) {
                selectedArea.set(old);
            } else {
                settings.put(AREA_KEY, now.name());
            }
        });
    }

    public ObjectProperty<WorkbenchArea> selectedAreaProperty() {
        return selectedArea;
    }

    public void select(WorkbenchArea area) {
        selectedArea.set(Objects.requireNonNull(area));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<RecentItem> recentItems() {
        return recentView;
    }

    /** What opening a recent item does once its area is shown (wired by the application). */
    public void setRecentOpener(Consumer<RecentItem> opener) {
        this.recentOpener = Objects.requireNonNull(opener);
    }

    public void openRecent(RecentItem item) {
        WorkbenchArea.of(item.area()).ifPresent(this::select);
        recentOpener.accept(item);
    }

    /** Reloads the recent items in the background. */
    public void refreshRecent() {
        runner.submit(BackgroundTask.<List<RecentItem>>of("Load recent items", context -> recentItems.list(RECENT_LIMIT))
                .onSucceeded(recent::setAll));
    }
}
