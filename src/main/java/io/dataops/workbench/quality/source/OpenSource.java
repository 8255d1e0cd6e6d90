package io.dataops.workbench.quality.source;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.sql.Dialect;
import io.dataops.workbench.quality.sql.QueryRunner;
import io.dataops.workbench.quality.sql.Relation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * A connected source: its connection and dialect, the relations of its assets, and how its query errors
 * read to users. File sources expose their files as the view {@code source}. Close it when done.
 */
public final class OpenSource implements AutoCloseable {

    private final DataSource source;
    private final Connection connection;
    private final Dialect dialect;
    private final Function<SQLException, RuntimeException> failure;

    OpenSource(DataSource source, Connection connection, Dialect dialect,
               Function<SQLException, RuntimeException> failure) {
        this.source = source;
        this.connection = connection;
        this.dialect = dialect;
        this.failure = failure;
    }

    public DataSource source() {
        return source;
    }

    public Connection connection() {
        return connection;
    }

    public Dialect dialect() {
        return dialect;
    }

    public QueryRunner runner(TaskContext context) {
        return new QueryRunner(connection, context, failure);
    }

    /** The FROM item of an asset; a table name is resolved against the source's metadata. */
    public Relation relation(AssetRef asset) {
        if (asset instanceof AssetRef.Query query) {
            return Relation.query(query.sql());
        }
        if (source instanceof FileSource file) {
            if (asset instanceof AssetRef.Table table && !table.name().equalsIgnoreCase(SourceConnector.FILE_VIEW)) {
                throw new io.dataops.workbench.common.UserFacingException("A file source has one table, '"
                        + SourceConnector.FILE_VIEW + "'; use --query to select from it.");
            }
            return new Relation(dialect.quote(SourceConnector.FILE_VIEW), fileLabel(file));
        }
        if (asset instanceof AssetRef.Table table) {
            try {
                return Relation.table(dialect, AssetBrowser.resolve(connection, table.name()).qualifiedName());
            } catch (SQLException e) {
                throw failure.apply(e);
            }
        }
        throw new io.dataops.workbench.common.UserFacingException("Name a table (--table) or a query (--query) of "
                + source.name() + ".");
    }

    private static String fileLabel(FileSource file) {
        String location = file.location();
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        return slash >= 0 && !file.isGlob() ? location.substring(slash + 1) : location;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing left to release that closing again could free.
        }
    }
}
