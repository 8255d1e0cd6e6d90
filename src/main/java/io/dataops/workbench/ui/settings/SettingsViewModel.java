package io.dataops.workbench.ui.settings;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.ui.common.Theme;
import io.dataops.workbench.workspace.WorkbenchSettings;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The workbench settings as the Settings area edits them; every change is saved in the workspace at once. */
public final class SettingsViewModel {

    /** Runs {@code <binary> version} and returns what to show (TerraformVersionCheck::run). */
    @FunctionalInterface
    public interface BinaryCheck {
        String run(String binary, TaskContext context);
    }

    private final WorkbenchSettings settings;
    private final TaskRunner runner;
    private final BinaryCheck binaryCheck;
    private final Supplier<AwsProfiles> profileSource;
    private final StringProperty terraformBinary;
    private final ReadOnlyStringWrapper checkResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checkFailed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    private final ObservableList<String> regions = FXCollections.observableArrayList(AwsProfiles.KNOWN_REGIONS);
    private final ObjectProperty<String> awsProfile;
    private final ObjectProperty<String> awsRegion;
    private final ObjectProperty<Theme> theme;
    private AwsProfiles awsProfiles = AwsProfiles.parse("", "");

    public SettingsViewModel(WorkbenchSettings settings, TaskRunner runner, BinaryCheck binaryCheck,
                             Supplier<AwsProfiles> profileSource) {
        this.settings = settings;
        this.runner = runner;
        this.binaryCheck = binaryCheck;
        this.profileSource = profileSource;
        this.terraformBinary = new SimpleStringProperty(settings.terraformBinary());
        this.awsProfile = new SimpleObjectProperty<>(settings.awsProfile().orElse(null));
        this.awsRegion = new SimpleObjectProperty<>(settings.awsRegion().orElse(null));
        this.theme = new SimpleObjectProperty<>(Theme.of(settings.theme()));
        addRegionChoice(awsRegion.get());
        awsProfile.addListener((obs, old, now) -> profileChosen(now));
        awsRegion.addListener((obs, old, now) -> {
            addRegionChoice(now);
            settings.setAwsRegion(now);
        });
        theme.addListener((obs, old, now) -> {
            if (now == null) {
                theme.set(old);
            } else {
                settings.setTheme(now.toSetting());
            }
        });
    }

    public StringProperty terraformBinaryProperty() {
        return terraformBinary;
    }

    /** Saves the binary path as typed (on Enter, focus loss, or after Browse). */
    public void commitTerraformBinary() {
        settings.setTerraformBinary(terraformBinary.get());
        terraformBinary.set(settings.terraformBinary());
    }

    public ReadOnlyStringProperty checkResultProperty() {
        return checkResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkFailedProperty() {
        return checkFailed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Runs {@code <binary> version} in the background and shows its first line, or why it failed. */
    public void checkTerraform() {
        commitTerraformBinary();
        String binary = terraformBinary.get();
        checking.set(true);
        checkFailed.set(false);
        checkResult.set("Running " + binary + " version\u2026");
        runner.submit(BackgroundTask.of("Check " + binary, context -> binaryCheck.run(binary, context))
                .onSucceeded(checkResult::set)
                .onFailed(error -> {
                    checkFailed.set(true);
                    checkResult.set(ErrorMessages.plainMessage(error));
                })
                .onCancelled(() -> checkResult.set("Check cancelled."))
                .onDone(() -> checking.set(false)));
    }

    public ObservableList<String> profiles() {
        return FXCollections.unmodifiableObservableList(profiles);
    }

    public ObservableList<String> regions() {
        return FXCollections.unmodifiableObservableList(regions);
    }

    public ObjectProperty<String> awsProfileProperty() {
        return awsProfile;
    }

    public ObjectProperty<String> awsRegionProperty() {
        return awsRegion;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Reads the profile names of the AWS config and credentials files in the background. */
    public void loadProfiles() {
        runner.submit(BackgroundTask.of("Read AWS profiles", context -> profileSource.get())
                .onSucceeded(loaded -> {
                    awsProfiles = loaded;
                    profiles.setAll(loaded.names());
                    String current = awsProfile.get();
                    if (current != null && !profiles.contains(current)) {
                        profiles.add(current); // saved earlier, no longer in the files: still shown
                    }
                }));
    }

    private void profileChosen(String profile) {
        settings.setAwsProfile(profile);
        if (profile != null) {
            awsProfiles.region(profile).ifPresent(awsRegion::set);
        }
    }

    private void addRegionChoice(String region) {
        if (region != null && !region.isBlank() && !regions.contains(region)) {
            regions.add(0, region);
        }
    }
}
