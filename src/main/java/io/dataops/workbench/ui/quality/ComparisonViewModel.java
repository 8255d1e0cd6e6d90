package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.profile.ProfileComparison;
import io.dataops.workbench.quality.profile.ProfileDiff;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.store.StoredProfile;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.common.TaskRunner;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Compares two stored profiles: picks the two newest of the shown asset by default, loads both in the
 * background, and lists schema, row-count, null-rate and distribution changes, flagged ones highlighted.
 */
public final class ComparisonViewModel {

    private final QualityWorkspace quality;
    private final TaskRunner runner;
    private final ObservableList<StoredProfile> stored;
    private final ObjectProperty<StoredProfile> before = new SimpleObjectProperty<>();
    private final ObjectProperty<StoredProfile> after = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ProfileDiff> diff = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ChangeRow> rows = FXCollections.observableArrayList();
    // One wrapper for good: a fresh one per call would drop listeners once it is garbage collected.
    private final ObservableList<ChangeRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Profile an asset twice to compare.");

    public ComparisonViewModel(QualityWorkspace quality, TaskRunner runner, ObservableList<StoredProfile> stored) {
        this.quality = quality;
        this.runner = runner;
        this.stored = stored;
        stored.addListener((ListChangeListener<StoredProfile>) change -> pickNewestPair());
    }

    /** The newest profile as "after" and the one before it of the same asset as "before". */
    private void pickNewestPair() {
        if (stored.isEmpty()) {
            before.set(null);
            after.set(null);
            return;
        }
        StoredProfile newest = stored.get(0);
        after.set(newest);
        before.set(stored.stream().skip(1).filter(p -> p.asset().equals(newest.asset())).findFirst().orElse(null));
    }

    public void compare() {
        StoredProfile older = before.get();
        StoredProfile newer = after.get();
        if (older == null || newer == null) {
            summary.set("Pick two stored profiles to compare.");
            return;
        }
        runner.submit(BackgroundTask.of("Compare profiles", context -> {
                    TableProfile a = quality.profiles().load(older.id());
                    TableProfile b = quality.profiles().load(newer.id());
                    return ProfileComparison.compare(a, b);
                })
                .onSucceeded(this::show)
                .onFailed(error -> summary.set(ErrorMessages.plainMessage(error))));
    }

    private void show(ProfileDiff result) {
        diff.set(result);
        List<ChangeRow> all = ComparisonRows.of(result);
        rows.setAll(all);
        long flagged = all.stream().filter(ChangeRow::changed).count();
        summary.set(ProfileFormat.time(result.before()) + " \u2192 " + ProfileFormat.time(result.after()) + ": "
                + (result.hasChanges() ? flagged + (flagged == 1 ? " change" : " changes") + " worth a look."
                : "no notable changes."));
    }

    public ObservableList<StoredProfile> stored() {
        return stored; // already read-only: the profile view model's list
    }

    public ObjectProperty<StoredProfile> beforeProperty() {
        return before;
    }

    public ObjectProperty<StoredProfile> afterProperty() {
        return after;
    }

    public ReadOnlyObjectProperty<ProfileDiff> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public ObservableList<ChangeRow> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
