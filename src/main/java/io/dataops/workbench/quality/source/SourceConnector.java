package io.dataops.workbench.quality.source;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.secret.Redaction;
import io.dataops.workbench.quality.secret.SecretResolver;
import io.dataops.workbench.quality.sql.Dialect;
import io.dataops.workbench.quality.sql.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * Opens sources: files in a fresh in-memory DuckDB limited by {@link EngineSettings}, databases through
 * their JDBC driver (shipped, or from a jar added in Settings) with the password resolved only now.
 * Error messages never contain the password.
 */
public final class SourceConnector {

    /** The name under which a file source's rows appear in queries. */
    public static final String FILE_VIEW = "source";

    private final EngineSettings engine;
    private final SecretResolver secrets;
    private final List<Path> driverJars;

    public SourceConnector(EngineSettings engine, SecretResolver secrets, List<Path> driverJars) {
        this.engine = engine;
        this.secrets = secrets;
        this.driverJars = List.copyOf(driverJars);
    }

    public OpenSource open(DataSource source) {
        if (source instanceof FileSource file) {
            return openFile(file);
        }
        return openJdbc((JdbcSource) source);
    }

    /** The CSV options the file shows (delimiter, encoding) under the user's overrides, for the UI to display. */
    public static CsvOptions detectCsv(FileSource file) {
        Path first = DuckDbFiles.firstFile(file).orElseThrow(() -> missing(file));
        try {
            return file.csv().orElse(CsvSniffer.sniff(first, file.format()));
        } catch (IOException e) {
            throw new UserFacingException("Could not read " + first + ": " + e.getMessage(), e);
        }
    }

    private OpenSource openFile(FileSource file) {
        if (DuckDbFiles.firstFile(file).filter(Files::isReadable).isEmpty()) {
            throw missing(file);
        }
        CsvOptions csv = file.format().isDelimitedText() ? detectCsv(file) : file.csv();
        FileFailures failures = new FileFailures(file, csv);
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                applyEngineSettings(statement);
                statement.execute("CREATE TEMP VIEW " + FILE_VIEW + " AS SELECT * FROM "
                        + DuckDbFiles.readFunction(file, csv));
            } catch (SQLException e) {
                connection.close();
                throw failures.apply(e);
            }
            return new OpenSource(file, connection, Dialects.duckDb(), failures);
        } catch (SQLException e) {
            throw new UserFacingException("Could not start DuckDB to read " + file.location() + ": " + e.getMessage(), e);
        }
    }

    private OpenSource openJdbc(JdbcSource source) {
        ExtraDrivers.load(driverJars);
        Properties properties = new Properties();
        if (!source.user().isBlank()) {
            properties.setProperty("user", source.user());
        }
        String password = secrets.resolve(source.password()).orElse(null);
        if (password != null) {
            properties.setProperty("password", password);
        }
        String shownUrl = Redaction.redact(source.url());
        try {
            Connection connection = DriverManager.getConnection(source.url(), properties);
            Dialect dialect = Dialects.of(connection);
            if (dialect.name().equals("DuckDB")) {
                try (Statement statement = connection.createStatement()) {
                    applyEngineSettings(statement);
                }
            }
            return new OpenSource(source, connection, dialect, e -> new UserFacingException("Query on " + shownUrl
                    + " failed: " + Redaction.redact(e.getMessage(), password), e));
        } catch (SQLException e) {
            String reason = e.getMessage() != null && e.getMessage().startsWith("No suitable driver")
                    ? "no JDBC driver accepts this URL (add the driver's jar in Settings)"
                    : Redaction.redact(e.getMessage(), password);
            throw new UserFacingException("Could not connect to " + shownUrl + ": " + reason,
                    new SQLException(Redaction.redact(e.getMessage(), password), e.getSQLState(), e.getErrorCode()));
        }
    }

    private void applyEngineSettings(Statement statement) throws SQLException {
        statement.execute("SET memory_limit = " + DuckDbFiles.literal(engine.memoryLimit()));
        statement.execute("SET threads = " + engine.threads());
        Path spill = Path.of(System.getProperty("java.io.tmpdir"), "dataops-duckdb");
        statement.execute("SET temp_directory = " + DuckDbFiles.literal(spill.toString()));
    }

    private static UserFacingException missing(FileSource file) {
        return new UserFacingException(file.isGlob() ? "No file matches " + file.location() + "."
                : "The file " + file.location() + " does not exist or cannot be read.");
    }
}
