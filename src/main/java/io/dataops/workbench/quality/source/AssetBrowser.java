package io.dataops.workbench.quality.source;

import io.dataops.workbench.common.UserFacingException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Schemas, tables and views of a source, from JDBC metadata; system schemas are left out. */
public final class AssetBrowser {

    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "pg_toast");
    private static final String[] TABLE_TYPES = {"TABLE", "VIEW", "BASE TABLE", "LOCAL TEMPORARY", "MATERIALIZED VIEW"};

    private AssetBrowser() {
    }

    public static List<String> schemas(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getSchemas()) {
            while (rows.next()) {
                String schema = rows.getString("TABLE_SCHEM");
                if (schema != null && !isSystem(schema)) {
                    schemas.add(schema);
                }
            }
        }
        return schemas;
    }

    /** Tables and views of one schema, or of all user schemas when {@code schema} is empty. */
    public static List<TableInfo> tables(Connection connection, Optional<String> schema) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<TableInfo> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, schema.orElse(null), "%", TABLE_TYPES)) {
            while (rows.next()) {
                String tableSchema = rows.getString("TABLE_SCHEM");
                if (tableSchema != null && isSystem(tableSchema)) {
                    continue;
                }
                tables.add(new TableInfo(Optional.ofNullable(tableSchema).filter(s -> !s.isEmpty()),
                        rows.getString("TABLE_NAME"), rows.getString("TABLE_TYPE")));
            }
        }
        return tables;
    }

    /**
     * The table a user named ("payment", "samples.payment", "\"My Table\""): an exact match first, then a
     * case-insensitive one (H2 stores unquoted names in upper case, PostgreSQL in lower case).
     */
    public static TableInfo resolve(Connection connection, String userName) throws SQLException {
        List<String> parts = AssetRef.splitQualified(userName);
        String name = parts.get(parts.size() - 1);
        Optional<String> schema = parts.size() > 1 ? Optional.of(parts.get(parts.size() - 2)) : Optional.empty();
        List<TableInfo> candidates = tables(connection, Optional.empty()).stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .filter(t -> schema.isEmpty() || t.schema().map(s -> s.equalsIgnoreCase(schema.get())).orElse(false))
                .toList();
        Optional<TableInfo> exact = candidates.stream().filter(t -> t.name().equals(name)
                && (schema.isEmpty() || t.schema().equals(schema))).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new UserFacingException("No table or view named '" + userName + "' in this source.");
        }
        throw new UserFacingException("'" + userName + "' matches several tables (" + candidates.stream()
                .map(TableInfo::displayName).toList() + "); name the schema too, as SCHEMA.TABLE.");
    }

    private static boolean isSystem(String schema) {
        return SYSTEM_SCHEMAS.contains(schema.toLowerCase(Locale.ROOT));
    }
}
