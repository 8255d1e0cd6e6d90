package io.dataops.workbench.workspace;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a new or older workspace to the latest schema, backing an older one up first. */
final class SchemaUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaUpgrade.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SchemaUpgrade() {
    }

    static void run(ConnectionSource connections, WorkspaceFiles files, Optional<String> currentVersion) {
        Optional<Path> backup = currentVersion.map(version -> backupBeforeUpgrade(connections, files, version));
        try {
            WorkspaceSchema.migrate(files.sharedUrl());
            LOG.info("Workspace {} migrated from schema {} to {}{}", files.directory(), currentVersion.orElse("none"),
                    WorkspaceSchema.LATEST_VERSION, backup.map(zip -> " (backup before: " + zip + ")").orElse(""));
        } catch (FlywayException e) {
            throw new WorkspaceException("Could not upgrade the workspace at " + files.directory() + " to schema "
                    + WorkspaceSchema.LATEST_VERSION + ": " + e.getMessage().lines().findFirst().orElse("")
                    + backup.map(zip -> ". A backup taken just before is at " + zip
                            + "; restore it with `dataops workspace restore " + zip + "`.").orElse("."), e);
        }
    }

    /** A migration that fails halfway must not cost the user their data. */
    private static Path backupBeforeUpgrade(ConnectionSource connections, WorkspaceFiles files, String version) {
        Path zip = files.directory().resolve("backups")
                .resolve("before-schema-" + WorkspaceSchema.LATEST_VERSION + "-from-" + version + "-"
                        + LocalDateTime.now().format(STAMP) + ".zip");
        WorkspaceBackup.backup(connections, zip);
        return zip;
    }
}
