package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.batch.Batch;
import io.dataops.workbench.quality.batch.BatchSpec;
import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.profile.ColumnSchema;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.quality.source.TableInfo;
import io.dataops.workbench.quality.sql.TimeGrain;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Browses one source: its schemas and tables (or the file), or an SQL query instead; and optionally
 * splits the asset into yearly, monthly or daily batches by a date/time column, to pick one batch.
 */
public final class AssetBrowserViewModel {

    /** The split choices; WHOLE profiles the asset as it is. */
    public enum Split { WHOLE, YEAR, MONTH, DAY }

    private final QualityWorkspace quality;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<DataSource> source = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> schemas = FXCollections.observableArrayList();
    private final ObjectProperty<String> schema = new SimpleObjectProperty<>();
    private final ObservableList<TableInfo> tables = FXCollections.observableArrayList();
    private final ObjectProperty<TableInfo> table = new SimpleObjectProperty<>();
    private final BooleanProperty useQuery = new SimpleBooleanProperty();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<String> dateColumns = FXCollections.observableArrayList();
    private final ObjectProperty<String> batchColumn = new SimpleObjectProperty<>();
    private final ObjectProperty<Split> split = new SimpleObjectProperty<>(Split.WHOLE);
    private final ObservableList<Batch> batches = FXCollections.observableArrayList();
    private final ObjectProperty<Batch> batch = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Optional<String> preselect = Optional.empty();

    public AssetBrowserViewModel(QualityWorkspace quality, TaskRunner runner) {
        this.quality = quality;
        this.runner = runner;
        schema.addListener((obs, old, now) -> {
            if (now != null && source.get() != null) {
                loadTables();
            }
        });
        table.addListener((obs, old, now) -> assetChanged());
        useQuery.addListener((obs, old, now) -> assetChanged());
        split.addListener((obs, old, now) -> clearBatches());
        batchColumn.addListener((obs, old, now) -> clearBatches());
    }

    /** Shows a new source: lists its schemas (picking {@code preferredSchema} if there) and tables. */
    public void browse(DataSource newSource, Optional<String> preferredSchema, Optional<String> preferredTable) {
        source.set(newSource);
        preselect = preferredTable;
        schemas.clear();
        tables.clear();
        table.set(null);
        schema.set(null);
        dateColumns.clear();
        useQuery.set(false);
        split.set(Split.WHOLE);
        if (newSource == null) {
            return;
        }
        if (newSource instanceof FileSource) {
            query.set("SELECT * FROM source");
            loadTables();
            return;
        }
        query.set("");
        status.set("Reading the schemas of " + newSource.name() + "\u2026");
        runner.submit(BackgroundTask.of("Browse " + newSource.name(), context -> quality.profiler().schemas(newSource))
                .onSucceeded(found -> {
                    if (source.get() != newSource) {
                        return;
                    }
                    schemas.setAll(found);
                    status.set("");
                    schema.set(preferredSchema.flatMap(p -> found.stream().filter(p::equalsIgnoreCase).findFirst())
                            .orElse(found.isEmpty() ? null : found.get(0)));
                    if (found.isEmpty()) {
                        loadTables();
                    }
                })
                .onFailed(error -> status.set(ErrorMessages.plainMessage(error))));
    }

    private void loadTables() {
        DataSource current = source.get();
        Optional<String> inSchema = Optional.ofNullable(schema.get());
        runner.submit(BackgroundTask.of("List tables of " + current.name(),
                        context -> quality.profiler().tables(current, inSchema))
                .onSucceeded(found -> {
                    if (source.get() != current) {
                        return;
                    }
                    tables.setAll(found);
                    status.set(found.isEmpty() ? "No tables or views here." : "");
                    Optional<TableInfo> wanted = preselect.flatMap(name -> found.stream()
                            .filter(t -> t.name().equalsIgnoreCase(name)).findFirst());
                    preselect = Optional.empty();
                    table.set(wanted.orElse(found.size() == 1 ? found.get(0) : null));
                })
                .onFailed(error -> status.set(ErrorMessages.plainMessage(error))));
    }

    /** The asset chosen: the query, the file, or the table; empty while nothing is picked. */
    public Optional<AssetRef> asset() {
        if (source.get() == null) {
            return Optional.empty();
        }
        if (useQuery.get()) {
            return query.get().isBlank() ? Optional.empty() : Optional.of(AssetRef.query(query.get()));
        }
        if (source.get() instanceof FileSource) {
            return Optional.of(AssetRef.wholeFile());
        }
        return Optional.ofNullable(table.get()).map(t -> AssetRef.table(quoted(t)));
    }

    /** The batch to profile, empty for the whole asset. */
    public Optional<BatchSpec> batchSpec() {
        if (split.get() == Split.WHOLE || batchColumn.get() == null || batch.get() == null) {
            return Optional.empty();
        }
        return Optional.of(new BatchSpec(batchColumn.get(), grain(), Optional.of(batch.get().key())));
    }

    /** Lists the batches of the asset split by the chosen column and grain, with their row counts. */
    public void listBatches() {
        Optional<AssetRef> asset = asset();
        String column = batchColumn.get();
        if (asset.isEmpty() || column == null || split.get() == Split.WHOLE) {
            status.set("Pick an asset, a date/time column and yearly, monthly or daily batches first.");
            return;
        }
        DataSource current = source.get();
        TimeGrain grain = grain();
        status.set("Listing batches\u2026");
        runner.submit(BackgroundTask.of("List batches of " + asset.get().describe(),
                        context -> quality.profiler().batches(current, asset.get(), column, grain, context))
                .onSucceeded(found -> {
                    batches.setAll(found);
                    batch.set(found.isEmpty() ? null : found.get(found.size() - 1));
                    status.set(found.isEmpty() ? column + " holds no dates." : found.size() + " batches.");
                })
                .onFailed(error -> status.set(ErrorMessages.plainMessage(error))));
    }

    private void assetChanged() {
        dateColumns.clear();
        batchColumn.set(null);
        clearBatches();
        Optional<AssetRef> asset = asset();
        DataSource current = source.get();
        if (asset.isEmpty() || useQuery.get()) {
            return; // A query's columns are read when it is batched; the user types the column's name.
        }
        runner.submit(BackgroundTask.<List<ColumnSchema>>of("Read columns of " + asset.get().describe(),
                        context -> quality.profiler().columns(current, asset.get(), context))
                .onSucceeded(columns -> {
                    if (source.get() != current) {
                        return;
                    }
                    dateColumns.setAll(columns.stream().filter(c -> c.kind() == ColumnKind.TEMPORAL)
                            .map(ColumnSchema::name).toList());
                    if (!dateColumns.isEmpty()) {
                        batchColumn.set(dateColumns.get(0));
                    }
                })
                .onFailed(error -> status.set(ErrorMessages.plainMessage(error))));
    }

    private void clearBatches() {
        batches.clear();
        batch.set(null);
    }

    private TimeGrain grain() {
        return switch (split.get()) {
            case YEAR -> TimeGrain.YEAR;
            case DAY -> TimeGrain.DAY;
            default -> TimeGrain.MONTH;
        };
    }

    /** "SCHEMA"."TABLE" with quotes, so names with dots or odd case resolve to exactly this table. */
    private static String quoted(TableInfo info) {
        return String.join(".", info.qualifiedName().stream().map(p -> "\"" + p.replace("\"", "\"\"") + "\"").toList());
    }

    public ReadOnlyObjectProperty<DataSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ObservableList<String> schemas() {
        return schemas;
    }

    public ObjectProperty<String> schemaProperty() {
        return schema;
    }

    public ObservableList<TableInfo> tables() {
        return tables;
    }

    public ObjectProperty<TableInfo> tableProperty() {
        return table;
    }

    public BooleanProperty useQueryProperty() {
        return useQuery;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<String> dateColumns() {
        return dateColumns;
    }

    public ObjectProperty<String> batchColumnProperty() {
        return batchColumn;
    }

    public ObjectProperty<Split> splitProperty() {
        return split;
    }

    public ObservableList<Batch> batches() {
        return batches;
    }

    public ObjectProperty<Batch> batchProperty() {
        return batch;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
