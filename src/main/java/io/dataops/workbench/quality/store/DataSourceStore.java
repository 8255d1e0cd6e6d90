package io.dataops.workbench.quality.store;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.secret.Redaction;
import io.dataops.workbench.quality.secret.SecretRef;
import io.dataops.workbench.quality.source.CsvOptions;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.FileFormat;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.quality.source.JdbcSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data sources saved in the workspace, by unique name. Passwords arrive here only as references or
 * encrypted entries ({@link SecretRef}), and a JDBC URL carrying a password is refused.
 */
public final class DataSourceStore {

    private final ConnectionOpener connections;

    public DataSourceStore(ConnectionOpener connections) {
        this.connections = connections;
    }

    public List<DataSource> list() {
        return query("SELECT * FROM quality_data_source ORDER BY LOWER(name)", null);
    }

    public Optional<DataSource> find(String name) {
        return query("SELECT * FROM quality_data_source WHERE name = ?", name).stream().findFirst();
    }

    /** Adds the source, or replaces the one with the same name. */
    public void save(DataSource source) {
        if (source.name().isBlank()) {
            throw new UserFacingException("A data source needs a name.");
        }
        if (source instanceof JdbcSource jdbc && Redaction.containsPassword(jdbc.url())) {
            throw new UserFacingException("The URL of '" + source.name() + "' contains a password; remove it from"
                    + " the URL and give it as ${env:NAME} or as a password to encrypt.");
        }
        try (Connection connection = connections.open();
             PreparedStatement merge = connection.prepareStatement("MERGE INTO quality_data_source (name, kind,"
                     + " location, file_format, csv_options, user_name, password_ref) KEY (name)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            merge.setString(1, source.name());
            if (source instanceof FileSource file) {
                merge.setString(2, "FILE");
                merge.setString(3, file.location());
                merge.setString(4, file.format().name());
                merge.setString(5, CsvOptionsText.write(file.csv()));
                merge.setString(6, "");
                merge.setString(7, "");
            } else if (source instanceof JdbcSource jdbc) {
                merge.setString(2, "JDBC");
                merge.setString(3, jdbc.url());
                merge.setString(4, null);
                merge.setString(5, "");
                merge.setString(6, jdbc.user());
                merge.setString(7, jdbc.password().stored());
            }
            merge.executeUpdate();
        } catch (SQLException e) {
            throw StoreFailure.of("save the data source '" + source.name() + "'", e);
        }
    }

    public boolean remove(String name) {
        try (Connection connection = connections.open();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM quality_data_source WHERE name = ?")) {
            delete.setString(1, name);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw StoreFailure.of("remove the data source '" + name + "'", e);
        }
    }

    private List<DataSource> query(String sql, String parameter) {
        try (Connection connection = connections.open();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            List<DataSource> sources = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sources.add(read(rows));
                }
            }
            return sources;
        } catch (SQLException e) {
            throw StoreFailure.of("read the data sources", e);
        }
    }

    private static DataSource read(ResultSet row) throws SQLException {
        String name = row.getString("name");
        if ("FILE".equals(row.getString("kind"))) {
            return new FileSource(name, row.getString("location"), FileFormat.parse(row.getString("file_format")),
                    CsvOptionsText.read(row.getString("csv_options")));
        }
        return new JdbcSource(name, row.getString("location"), row.getString("user_name"),
                SecretRef.parse(row.getString("password_ref")));
    }

    /** CSV overrides as {@code delimiter=;|header=true|...}, only the fields the user set. */
    static final class CsvOptionsText {
        private CsvOptionsText() {
        }

        static String write(CsvOptions csv) {
            List<String> parts = new ArrayList<>();
            csv.delimiter().ifPresent(d -> parts.add("delimiter=" + (int) d));
            csv.header().ifPresent(h -> parts.add("header=" + h));
            csv.quote().ifPresent(q -> parts.add("quote=" + (int) q));
            csv.encoding().ifPresent(e -> parts.add("encoding=" + e));
            return String.join("|", parts);
        }

        static CsvOptions read(String text) {
            CsvOptions csv = CsvOptions.detect();
            for (String part : text.split("\\|")) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String value = part.substring(eq + 1);
                csv = switch (part.substring(0, eq)) {
                    case "delimiter" -> csv.withDelimiter((char) Integer.parseInt(value));
                    case "header" -> csv.withHeader(Boolean.parseBoolean(value));
                    case "quote" -> csv.withQuote((char) Integer.parseInt(value));
                    case "encoding" -> csv.withEncoding(value);
                    default -> csv;
                };
            }
            return csv;
        }
    }
}
