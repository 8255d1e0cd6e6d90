package io.dataops.workbench.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The user's workspace: one embedded H2 database in a directory, shared by the GUI and the CLI at the
 * same time. CONTRACT (other packages code against these signatures; keep them):
 * <ul>
 *   <li>{@link #open(Path)} creates the directory and database if missing, refuses (with a
 *       {@link WorkspaceException}, leaving the files untouched) a workspace whose schema is newer than
 *       this build knows, migrates an older one with Flyway, and fills a new one with the samples.</li>
 *   <li>{@link #connect()} gives a new connection the caller closes.</li>
 * </ul>
 * A damaged or foreign-locked database is refused the same way, naming the file and what to do.
 * Opening an up-to-date workspace starts neither Flyway nor the seeding, so it stays fast.
 */
public final class Workspace implements AutoCloseable {

    private final WorkspaceFiles files;
    private final DatabaseHold hold;
    private final SettingsStore settings;
    private final ProjectStore projects;
    private final RecentItems recentItems;

    private Workspace(WorkspaceFiles files, DatabaseHold hold) {
        this.files = files;
        this.hold = hold;
        this.settings = new JdbcSettingsStore(this::connect);
        this.projects = new JdbcProjectStore(this::connect);
        this.recentItems = new JdbcRecentItems(this::connect);
    }

    public static Workspace open(Path directory) {
        WorkspaceFiles files = new WorkspaceFiles(directory);
        Optional<String> version = files.databaseExists() ? SchemaProbe.readVersion(files) : Optional.empty();
        if (version.isPresent() && WorkspaceSchema.isNewerThanKnown(version.get())) {
            throw WorkspaceProblems.newerSchema(files.directory(), version.get());
        }
        createDirectory(files);
        DatabaseHold hold = DatabaseHold.acquire(files);
        try {
            Workspace workspace = new Workspace(files, hold);
            if (version.isEmpty() || WorkspaceSchema.isOlderThanLatest(version.get())) {
                SchemaUpgrade.run(workspace::connect, files, version);
            }
            SampleSeeder.seedOnce(workspace::connect, files);
            return workspace;
        } catch (RuntimeException e) {
            hold.close();
            throw e;
        }
    }

    /** Replaces the workspace in {@code directory} by a backup; refuses a workspace in use. */
    public static void restore(Path directory, Path zipFile) {
        restoreKeepingPrevious(directory, zipFile);
    }

    /**
     * Like {@link #restore(Path, Path)}, and says where the replaced database was kept (next to the
     * new one, named {@code workspace.mv.db.before-restore-<time>}), empty when there was none.
     */
    public static Optional<Path> restoreKeepingPrevious(Path directory, Path zipFile) {
        return WorkspaceRestore.restore(directory, zipFile);
    }

    public Path directory() {
        return files.directory();
    }

    public Path databaseFile() {
        return files.databaseFile();
    }

    public Connection connect() throws SQLException {
        hold.keepAlive();
        return DriverManager.getConnection(files.sharedUrl(), WorkspaceFiles.USER, WorkspaceFiles.PASSWORD);
    }

    public SettingsStore settings() {
        return settings;
    }

    public WorkbenchSettings workbenchSettings() {
        return new WorkbenchSettings(settings);
    }

    public ProjectStore projects() {
        return projects;
    }

    public RecentItems recentItems() {
        return recentItems;
    }

    public WorkspaceInfo info() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet counts = statement.executeQuery(
                     "SELECT COUNT(*), COUNT(CASE WHEN sample THEN 1 END) FROM project")) {
            counts.next();
            String version = WorkspaceSchema.currentVersion(connection).orElse("none");
            return new WorkspaceInfo(files.directory(), version, WorkspaceSchema.LATEST_VERSION, sizeOnDisk(),
                    counts.getInt(1), counts.getInt(2));
        } catch (SQLException e) {
            throw SqlFailure.of("read the workspace summary", e);
        }
    }

    /** A consistent copy taken while the workspace stays in use. */
    public void backup(Path zipFile) {
        WorkspaceBackup.backup(this::connect, zipFile);
    }

    @Override
    public void close() {
        hold.close();
    }

    private long sizeOnDisk() {
        try (Stream<Path> paths = Files.walk(files.directory())) {
            return paths.filter(Files::isRegularFile).mapToLong(Workspace::sizeOf).sum();
        } catch (IOException e) {
            throw new WorkspaceException("Could not measure the workspace folder " + files.directory() + ": "
                    + e.getMessage(), e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // Deleted while walking (a lock or temporary file): it no longer takes space.
        }
    }

    private static void createDirectory(WorkspaceFiles files) {
        try {
            Files.createDirectories(files.directory());
        } catch (IOException e) {
            throw new WorkspaceException("Could not create the workspace folder " + files.directory() + ": "
                    + e.getMessage() + ". Choose a writable folder with --workspace.", e);
        }
    }
}
