package io.dataops.workbench.workspace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/** The workspace's schema version as Flyway records it, and the migrations that move it forward. */
final class WorkspaceSchema {

    /**
     * The newest migration under db/migration. Kept as a constant so an up-to-date workspace opens
     * without starting Flyway (classpath scanning costs more than the whole rest of opening); a test
     * checks that it matches the migrations on the classpath.
     */
    static final String LATEST_VERSION = "61";

    static final String FIRST_VERSION = "1";

    private static final String HISTORY_TABLE = "flyway_schema_history";

    private WorkspaceSchema() {
    }

    static boolean isNewerThanKnown(String version) {
        return MigrationVersion.fromVersion(version).isNewerThan(LATEST_VERSION);
    }

    static boolean isOlderThanLatest(String version) {
        return MigrationVersion.fromVersion(LATEST_VERSION).isNewerThan(version);
    }

    /** The highest successfully applied version, empty when no migration ever ran. */
    static Optional<String> currentVersion(Connection connection) throws SQLException {
        if (!hasHistoryTable(connection)) {
            return Optional.empty();
        }
        MigrationVersion highest = null;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"" + HISTORY_TABLE
                     + "\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            while (rows.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                if (highest == null || version.isNewerThan(highest.getVersion())) {
                    highest = version;
                }
            }
        }
        return Optional.ofNullable(highest).map(MigrationVersion::getVersion);
    }

    /** Whether the database holds tables of its own although Flyway never ran: not a workspace. */
    static boolean hasForeignTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
            rows.next();
            return rows.getLong(1) > 0 && !hasHistoryTable(connection);
        }
    }

    static void migrate(String url) {
        migrate(url, MigrationVersion.LATEST);
    }

    /** Migrates up to {@code target}; tests use it to build a workspace as an older release left it. */
    static void migrate(String url, MigrationVersion target) {
        Flyway.configure()
                .dataSource(url, WorkspaceFiles.USER, WorkspaceFiles.PASSWORD)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }

    private static boolean hasHistoryTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, HISTORY_TABLE, null)) {
            return tables.next();
        }
    }
}
