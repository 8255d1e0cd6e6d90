package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchConnection;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchDashboards;
import io.dataops.workbench.monitor.dashboard.CloudWatchDashboardBody;
import io.dataops.workbench.monitor.dashboard.Dashboard;
import io.dataops.workbench.monitor.dashboard.DashboardImport;
import io.dataops.workbench.monitor.dashboard.DashboardSource;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.RunningTask;
import io.dataops.workbench.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * CloudWatch's own dashboards from the Monitoring area: the connection the user picks (profile, region,
 * endpoint), the dashboards ListDashboards finds there, opening one (GetDashboard, imported with notes on
 * what was left out), saving the open dashboard (the exact PutDashboard body is prepared and shown first),
 * and CloudWatch body files. Every call runs as a task; failures land in {@link #statusProperty()}.
 */
public final class CloudWatchDashboardsViewModel {

    private final CloudWatchDashboards dashboards;
    private final Supplier<AwsProfiles> profileSource;
    private final Supplier<String> defaultProfile;
    private final Supplier<String> defaultRegion;
    private final TaskRunner runner;
    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    private final ObservableList<String> regions = FXCollections.observableArrayList(AwsProfiles.KNOWN_REGIONS);
    private final StringProperty profile = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final ObservableList<CloudWatchDashboards.Entry> found = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final StringProperty targetName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper preparedBody = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper prepared = new ReadOnlyBooleanWrapper(false);
    private RunningTask running;

    /**
     * @param defaultProfile Settings' AWS profile (null: the default chain)
     * @param defaultRegion  Settings' AWS region (null: none)
     */
    public CloudWatchDashboardsViewModel(CloudWatchDashboards dashboards, Supplier<AwsProfiles> profileSource,
                                         Supplier<String> defaultProfile, Supplier<String> defaultRegion,
                                         TaskRunner runner) {
        this.dashboards = dashboards;
        this.profileSource = profileSource;
        this.defaultProfile = defaultProfile;
        this.defaultRegion = defaultRegion;
        this.runner = runner;
        profile.addListener((obs, old, now) -> stale());
        region.addListener((obs, old, now) -> stale());
        endpoint.addListener((obs, old, now) -> stale());
        targetName.addListener((obs, old, now) -> status.set(""));
    }

    /** Starts from the dashboard's own CloudWatch source, or Settings' profile and region; reads the profile names. */
    public void startFrom(Dashboard dashboard) {
        DashboardSource source = dashboard == null ? DashboardSource.LOCAL : dashboard.source();
        profile.set(source.isCloudWatch() ? source.profile().orElse("") : blank(defaultProfile.get()));
        region.set(source.region().orElseGet(() -> blank(defaultRegion.get())));
        endpoint.set(source.endpoint().orElse(""));
        targetName.set(dashboard == null ? "" : CloudWatchDashboards.suggestedName(dashboard.name()));
        found.clear();
        status.set("");
        runner.submit(BackgroundTask.of("Reading AWS profiles", context -> profileSource.get().names())
                .onSucceeded(profiles::setAll));
    }

    /** ListDashboards in the chosen account and region, every page. */
    public void listDashboards() {
        CloudWatchConnection connection = connectionOrStatus();
        if (connection == null) {
            return;
        }
        found.clear();
        run(BackgroundTask.of("Listing CloudWatch dashboards", context -> dashboards.list(connection, context))
                .onSucceeded(entries -> {
                    found.setAll(entries);
                    status.set(entries.isEmpty() ? "No dashboards in " + connection.describe()
                            : entries.size() + (entries.size() == 1 ? " dashboard" : " dashboards") + " in "
                            + connection.region());
                }));
    }

    /** GetDashboard, read as a workbench dashboard; {@code opened} gets it with its notes. */
    public void open(String name, Consumer<DashboardImport> opened) {
        CloudWatchConnection connection = connectionOrStatus();
        if (connection == null || name == null) {
            return;
        }
        run(BackgroundTask.of("Opening CloudWatch dashboard " + name, context -> dashboards.get(connection, name))
                .onSucceeded(imported -> {
                    status.set("Opened " + name + notesSummary(imported.notes()));
                    opened.accept(imported);
                }));
    }

    /** Reads a CloudWatch body file (no AWS call): the dashboard is named after the file. */
    public void importBody(Path file, Consumer<DashboardImport> opened) {
        String name = file.getFileName().toString().replaceFirst("(?i)(\\.dashboard)?\\.json$", "");
        String profileName = profile.get();
        String regionName = blank(region.get()).isEmpty() ? blank(defaultRegion.get()) : region.get();
        String endpointUrl = endpoint.get();
        run(BackgroundTask.of("Reading CloudWatch body " + file.getFileName(), context -> CloudWatchDashboardBody.read(
                        Files.readString(file, StandardCharsets.UTF_8), name, profileName, regionName, endpointUrl))
                .onSucceeded(imported -> {
                    status.set("Imported " + file.getFileName() + notesSummary(imported.notes()));
                    opened.accept(imported);
                }));
    }

    /**
     * Writes the dashboard's CloudWatch body to a file (no AWS call): alarm ARNs carry {@code ACCOUNT_ID},
     * to be replaced by the account's id; Save to CloudWatch fills it in.
     */
    public void exportBody(Dashboard dashboard, Path file) {
        String regionName = dashboard.source().region().orElseGet(() -> blank(defaultRegion.get()).isEmpty()
                ? "us-east-1" : defaultRegion.get());
        run(BackgroundTask.of("Writing CloudWatch body " + file.getFileName(), context -> {
            Files.writeString(file, CloudWatchDashboards.body(dashboard, regionName, "ACCOUNT_ID"),
                    StandardCharsets.UTF_8);
            return file;
        }).onSucceeded(written -> status.set("Wrote " + written.getFileName() + " (region " + regionName + ")")));
    }

    /** Builds the exact body PutDashboard will get (looking up the account when there are alarm widgets). */
    public void prepareSave(Dashboard dashboard) {
        CloudWatchConnection connection = connectionOrStatus();
        if (connection == null) {
            return;
        }
        prepared.set(false);
        preparedBody.set("");
        run(BackgroundTask.of("Preparing the CloudWatch body of " + dashboard.name(), context ->
                        CloudWatchDashboards.body(dashboard, connection.region(),
                                dashboards.accountFor(connection, dashboard)))
                .onSucceeded(body -> {
                    preparedBody.set(body);
                    prepared.set(true);
                    status.set("");
                }));
    }

    /** "PutDashboard overwrites the dashboard X in region Y": what the user confirms. */
    public String confirmation() {
        return "PutDashboard overwrites the dashboard " + targetName.get() + " in region "
                + (blank(region.get()).isEmpty() ? "(none chosen)" : region.get())
                + ", if there is one, with the body below.";
    }

    /** PutDashboard with the prepared body; {@code saved} gets CloudWatch's validation warnings (often none). */
    public void save(Consumer<CloudWatchDashboards.PutResult> saved) {
        CloudWatchConnection connection = connectionOrStatus();
        if (connection == null || !prepared.get()) {
            return;
        }
        String name = targetName.get().trim();
        String body = preparedBody.get();
        run(BackgroundTask.of("Saving dashboard " + name + " to CloudWatch", context ->
                        dashboards.put(connection, name, body))
                .onSucceeded(result -> {
                    status.set("Saved " + result.name() + " in " + result.region()
                            + (result.warnings().isEmpty() ? "" : " with " + result.warnings().size() + " warnings"));
                    saved.accept(result);
                }));
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void run(BackgroundTask<?> task) {
        cancel();
        busy.set(true);
        running = runner.submit(task.onFailed(error -> status.set(error.getMessage()))
                .onDone(() -> busy.set(false)));
    }

    private CloudWatchConnection connectionOrStatus() {
        try {
            return CloudWatchConnection.of(profile.get(), region.get(), endpoint.get());
        } catch (RuntimeException e) {
            status.set(e.getMessage());
            return null;
        }
    }

    private void stale() {
        prepared.set(false);
        found.clear();
    }

    private static String notesSummary(List<String> notes) {
        return notes.isEmpty() ? "" : " (" + notes.size() + (notes.size() == 1 ? " note)" : " notes)");
    }

    private static String blank(String text) {
        return text == null ? "" : text.trim();
    }

    public ObservableList<String> profiles() {
        return profiles;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public StringProperty profileProperty() {
        return profile;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    public StringProperty targetNameProperty() {
        return targetName;
    }

    public ObservableList<CloudWatchDashboards.Entry> dashboards() {
        return found;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty preparedBodyProperty() {
        return preparedBody.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty preparedProperty() {
        return prepared.getReadOnlyProperty();
    }
}
