package io.dataops.workbench.ui.infrastructure.intel;

import io.dataops.workbench.terraform.config.AnalysisOptions;
import io.dataops.workbench.terraform.config.ProviderSchema;
import io.dataops.workbench.terraform.editing.SyntaxCheck;
import io.dataops.workbench.terraform.intel.IntelSnapshot;
import io.dataops.workbench.terraform.intel.Navigation;
import io.dataops.workbench.terraform.intel.Problem;
import io.dataops.workbench.terraform.intel.ProjectIntel;
import io.dataops.workbench.terraform.intel.ProviderLocks;
import io.dataops.workbench.terraform.intel.ProviderSchemaStore;
import io.dataops.workbench.terraform.intel.SchemaImport;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.workspace.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The language services of the selected project for the editor: one {@link ProjectIntel} per project,
 * analysed in the background when the project opens and again (incrementally) after each edit the editor
 * checks; the newest analysis is {@link #snapshotProperty()} and its diagnostics are {@link #problems()}.
 */
public final class IntelViewModel {

    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<IntelSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Navigation.Usage> usages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ProviderSchema> schema = new ReadOnlyObjectWrapper<>();
    private volatile ProjectIntel intel;
    private SchemaServices schemaServices;
    private Project project;

    public IntelViewModel(TaskRunner runner, ObservableValue<Project> project) {
        this.runner = runner;
        project.addListener((obs, old, now) -> open(now));
        open(project.getValue());
    }

    /** Starts over on a project (or none): analyses it in the background. */
    public void open(Project project) {
        this.project = project;
        intel = null;
        snapshot.set(null);
        problems.clear();
        usages.clear();
        if (project == null || !Files.isDirectory(Path.of(project.location()))) {
            return;
        }
        Path root = Path.of(project.location());
        if (schemaServices == null) {
            intel = new ProjectIntel(root, new AnalysisOptions(List.of(), Optional.ofNullable(schema.get())));
            analyse();
            return;
        }
        SchemaServices services = schemaServices;
        runner.submit(BackgroundTask.of("Load provider schemas", context -> services.store()
                        .load(ProviderLocks.read(root)))
                .onSucceeded(loaded -> {
                    if (project == this.project) {
                        schema.set(loaded.orElse(null));
                        intel = new ProjectIntel(root, new AnalysisOptions(List.of(), loaded));
                        analyse();
                    }
                }));
    }

    /** Gives the view model the workspace's provider schemas; call before the first project opens. */
    public void useSchemaServices(SchemaServices services) {
        this.schemaServices = services;
        open(project);
    }

    public boolean canImportSchemas() {
        return schemaServices != null && intel != null;
    }

    /** Runs {@code terraform providers schema -json} in the project and stores the result in the workspace. */
    public void importSchemaFromProject() {
        importSchema("Import provider schema", context -> new SchemaImport(schemaServices.store())
                .fromProject(schemaServices.terraform().get(), intel.root(), context));
    }

    /** Stores a saved {@code terraform providers schema -json} output in the workspace. */
    public void importSchemaFromFile(Path file) {
        importSchema("Import " + file.getFileName(), context -> new SchemaImport(schemaServices.store())
                .fromFile(file, intel.root()));
    }

    private void importSchema(String title, io.dataops.workbench.ui.common.TaskWork<List<ProviderSchemaStore.Entry>> work) {
        if (!canImportSchemas()) {
            return;
        }
        runner.submit(BackgroundTask.of(title, work).onSucceeded(entries -> {
            status.set("Imported the schema of " + entries.stream().map(e -> e.source() + " " + e.version())
                    .collect(java.util.stream.Collectors.joining(", ")));
            open(project);
        }));
    }

    /** A provider schema for completion and checks (from the workspace); re-analyses with it. */
    public void useSchema(ProviderSchema providerSchema) {
        schema.set(providerSchema);
        if (intel != null) {
            intel = new ProjectIntel(intel.root(), new AnalysisOptions(List.of(), Optional.ofNullable(providerSchema)));
            analyse();
        }
    }

    private void analyse() {
        ProjectIntel current = intel;
        status.set("Analysing " + current.root().getFileName() + "\u2026");
        runner.submit(BackgroundTask.of("Analyse " + current.root().getFileName(), context -> current.analyse())
                .onSucceeded(result -> {
                    if (current == intel) {
                        publish(result);
                    }
                })
                .onFailed(error -> status.set("Analysis failed: " + error.getMessage())));
    }

    /**
     * What the editor of {@code file} checks after each pause in typing: the project's diagnostics for that
     * file, computed from its current text (runs off the FX thread).
     */
    public SyntaxCheck checkFor(java.util.function.Supplier<Path> file, SyntaxCheck fallback) {
        return (text, name) -> {
            ProjectIntel current = intel;
            Path path = file.get().toAbsolutePath().normalize();
            if (current == null || !path.startsWith(current.root())) {
                return fallback.check(text, name);
            }
            return current.diagnosticsAfterEdit(path, text);
        };
    }

    /** An editor finished a check: take the analysis it made. Call on the FX thread. */
    public void refresh() {
        ProjectIntel current = intel;
        if (current != null) {
            current.latest().filter(s -> snapshot.get() == null || s.generation() > snapshot.get().generation())
                    .ifPresent(this::publish);
        }
    }

    private void publish(IntelSnapshot result) {
        snapshot.set(result);
        problems.setAll(result.problems());
        long errors = problems.stream().filter(p -> p.severity() == io.dataops.workbench.hcl.Diagnostic.Severity.ERROR)
                .count();
        status.set(result.configuration().modules().size() + " modules analysed: " + errors + " errors, "
                + (problems.size() - errors) + " warnings");
    }

    public void showUsages(List<Navigation.Usage> found) {
        usages.setAll(found);
    }

    public ReadOnlyObjectProperty<IntelSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public Optional<IntelSnapshot> snapshot() {
        return Optional.ofNullable(snapshot.get());
    }

    public Optional<ProviderSchema> schema() {
        return Optional.ofNullable(schema.get()).or(() -> snapshot().flatMap(s -> s.configuration().schema()));
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ObservableList<Navigation.Usage> usages() {
        return usages;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
