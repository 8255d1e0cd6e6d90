package io.dataops.workbench.ui.settings;

import io.dataops.workbench.quality.source.EngineSettings;
import io.dataops.workbench.quality.source.QualitySettings;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The data-quality settings: embedded DuckDB's memory limit and threads (it runs inside this process, so
 * the limits keep the UI responsive), extra JDBC driver jars, and masking values in stored profiles.
 * Read and written through the core's {@link QualitySettings}, in background tasks.
 */
public final class DataQualitySettingsViewModel {

    private final QualitySettings settings;
    private final TaskRunner runner;
    private final StringProperty memoryLimit = new SimpleStringProperty("");
    private final StringProperty threads = new SimpleStringProperty("");
    private final ObservableList<Path> driverJars = FXCollections.observableArrayList();
    // One wrapper for good: a fresh one per call would drop listeners once it is garbage collected.
    private final ObservableList<Path> driverJarsView = FXCollections.unmodifiableObservableList(driverJars);
    private final BooleanProperty maskValues = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private boolean loading;

    public DataQualitySettingsViewModel(QualitySettings settings, TaskRunner runner) {
        this.settings = settings;
        this.runner = runner;
        maskValues.addListener((obs, old, now) -> {
            if (!loading) {
                save("masking", () -> settings.setMaskValues(now));
            }
        });
    }

    private record Loaded(EngineSettings engine, List<Path> jars, boolean mask) {
    }

    public void load() {
        runner.submit(BackgroundTask.of("Read data-quality settings",
                        context -> new Loaded(settings.engine(), settings.driverJars(), settings.maskValues()))
                .onSucceeded(loaded -> {
                    loading = true;
                    memoryLimit.set(loaded.engine().memoryLimit());
                    threads.set(String.valueOf(loaded.engine().threads()));
                    driverJars.setAll(loaded.jars());
                    maskValues.set(loaded.mask());
                    loading = false;
                }));
    }

    /** Checks and saves the DuckDB limits as typed; a bad value is explained and not saved. */
    public void commitEngine() {
        EngineSettings engine;
        try {
            String count = threads.get().strip();
            if (!count.matches("\\d{1,4}")) {
                throw new IllegalArgumentException("Threads is a whole number of at least 1, not '" + count + "'.");
            }
            engine = new EngineSettings(memoryLimit.get(), Integer.parseInt(count));
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), true);
            return;
        }
        save("DuckDB limits", () -> settings.setEngine(engine));
    }

    public void addDriverJar(Path jar) {
        if (!driverJars.contains(jar)) {
            driverJars.add(jar);
            saveJars();
        }
    }

    public void removeDriverJar(Path jar) {
        if (driverJars.remove(jar)) {
            saveJars();
        }
    }

    private void saveJars() {
        List<Path> jars = List.copyOf(driverJars);
        save("driver jars", () -> settings.setDriverJars(jars));
    }

    private void save(String what, Runnable write) {
        runner.submit(BackgroundTask.of("Save " + what, context -> {
                    write.run();
                    return what;
                })
                .onSucceeded(saved -> say("Saved the " + saved + ".", false))
                .onFailed(error -> say(ErrorMessages.plainMessage(error), true)));
    }

    private void say(String text, boolean error) {
        message.set(text);
        failed.set(error);
    }

    public StringProperty memoryLimitProperty() {
        return memoryLimit;
    }

    public StringProperty threadsProperty() {
        return threads;
    }

    public ObservableList<Path> driverJars() {
        return driverJarsView;
    }

    public BooleanProperty maskValuesProperty() {
        return maskValues;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
