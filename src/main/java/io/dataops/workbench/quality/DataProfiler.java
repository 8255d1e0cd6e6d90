package io.dataops.workbench.quality;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.batch.Batch;
import io.dataops.workbench.quality.batch.BatchSpec;
import io.dataops.workbench.quality.batch.Batches;
import io.dataops.workbench.quality.profile.ColumnSchema;
import io.dataops.workbench.quality.profile.ProfileOptions;
import io.dataops.workbench.quality.profile.SchemaReader;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.profile.TableProfiler;
import io.dataops.workbench.quality.source.AssetBrowser;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.OpenSource;
import io.dataops.workbench.quality.source.SourceConnector;
import io.dataops.workbench.quality.source.TableInfo;
import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import io.dataops.workbench.quality.sql.TimeGrain;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The data-quality core's entry point for the UI and the CLI: test a source, browse its assets, list the
 * batches of an asset, and profile an asset (or one batch of it). Every call is synchronous, opens and
 * closes its own connection, and honours the task's cancel and progress; none starts a thread.
 */
public final class DataProfiler {

    private final SourceConnector connector;
    private final TableProfiler profiler;

    public DataProfiler(SourceConnector connector) {
        this(connector, new TableProfiler());
    }

    public DataProfiler(SourceConnector connector, TableProfiler profiler) {
        this.connector = connector;
        this.profiler = profiler;
    }

    /** Connects and says what answered ("PostgreSQL 16.2"); throws a user-facing error otherwise. */
    public String testConnection(DataSource source) {
        try (OpenSource open = connector.open(source)) {
            var meta = open.connection().getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new UserFacingException("Connected, but could not read the database's metadata: " + e.getMessage(), e);
        }
    }

    public List<String> schemas(DataSource source) {
        try (OpenSource open = connector.open(source)) {
            return AssetBrowser.schemas(open.connection());
        } catch (SQLException e) {
            throw new UserFacingException("Could not list the schemas of " + source.name() + ": " + e.getMessage(), e);
        }
    }

    /** Tables and views of one schema (or all); a file source has the one table {@code source}. */
    public List<TableInfo> tables(DataSource source, Optional<String> schema) {
        try (OpenSource open = connector.open(source)) {
            if (source instanceof io.dataops.workbench.quality.source.FileSource) {
                return List.of(new TableInfo(Optional.empty(), SourceConnector.FILE_VIEW, "FILE"));
            }
            return AssetBrowser.tables(open.connection(), schema);
        } catch (SQLException e) {
            throw new UserFacingException("Could not list the tables of " + source.name() + ": " + e.getMessage(), e);
        }
    }

    /** The columns of an asset (for picking a batch column). */
    public List<ColumnSchema> columns(DataSource source, AssetRef asset, TaskContext context) {
        try (OpenSource open = connector.open(source)) {
            return SchemaReader.read(open.runner(context), open.relation(asset));
        }
    }

    public List<Batch> batches(DataSource source, AssetRef asset, String column, TimeGrain grain, TaskContext context) {
        try (OpenSource open = connector.open(source)) {
            QueryRunner runner = open.runner(context);
            Relation relation = open.relation(asset);
            return Batches.list(runner, open.dialect(), relation, columnName(runner, relation, column), grain);
        }
    }

    public TableProfile profile(DataSource source, AssetRef asset, Optional<BatchSpec> batch, ProfileOptions options,
                                TaskContext context) {
        context.message("Connecting to " + source.name());
        try (OpenSource open = connector.open(source)) {
            QueryRunner runner = open.runner(context);
            Relation relation = open.relation(asset);
            if (batch.isPresent()) {
                BatchSpec spec = batch.get();
                BatchSpec resolved = new BatchSpec(columnName(runner, relation, spec.column()), spec.grain(), spec.key());
                relation = Batches.select(runner, open.dialect(), relation, resolved);
            }
            return profiler.profile(runner, open.dialect(), relation, options);
        }
    }

    /** The column's real name, matched case-insensitively (H2 upper-cases, PostgreSQL lower-cases). */
    private static String columnName(QueryRunner runner, Relation relation, String column) {
        List<ColumnSchema> columns = SchemaReader.read(runner, relation);
        return columns.stream().filter(c -> c.name().equals(column)).findFirst()
                .or(() -> columns.stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst())
                .map(ColumnSchema::name)
                .orElseThrow(() -> new UserFacingException("No column '" + column + "' in " + relation.label()
                        + "; its columns are " + columns.stream().map(ColumnSchema::name).toList() + "."));
    }
}
