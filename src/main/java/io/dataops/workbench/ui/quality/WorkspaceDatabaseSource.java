package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.secret.SecretRef;
import io.dataops.workbench.quality.source.JdbcSource;
import java.nio.file.Path;

/**
 * The workspace's own H2 database as a data source, so its samples (SAMPLES.PAYMENT) can be profiled like
 * any database. It is built, not saved: the URL names the workspace file, which moves with the workspace.
 * The URL must match the one the workspace opens with (auto-server), or H2 would refuse a second mode.
 */
public final class WorkspaceDatabaseSource {

    public static final String NAME = "Workspace database (samples)";
    private static final String FILE_SUFFIX = ".mv.db";

    private WorkspaceDatabaseSource() {
    }

    public static JdbcSource of(Path databaseFile) {
        String file = databaseFile.toAbsolutePath().normalize().toString().replace('\\', '/');
        String base = file.endsWith(FILE_SUFFIX) ? file.substring(0, file.length() - FILE_SUFFIX.length()) : file;
        return new JdbcSource(NAME, "jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE", "sa",
                SecretRef.none());
    }
}
