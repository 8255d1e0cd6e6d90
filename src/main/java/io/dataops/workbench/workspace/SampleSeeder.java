package io.dataops.workbench.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a new workspace with samples so every area has something real to show. Runs once per
 * workspace: a marker setting claimed in the same transaction keeps a GUI and a CLI starting
 * together from seeding twice, and an interrupted seeding is retried on the next open.
 */
final class SampleSeeder {

    static final String SEEDED_MARKER = "workspace.samples.seeded";

    private static final Logger LOG = LoggerFactory.getLogger(SampleSeeder.class);
    private static final int DUPLICATE_KEY = 23505;
    private static final int LOCK_TIMEOUT = 50200;

    private SampleSeeder() {
    }

    static void seedOnce(ConnectionSource connections, WorkspaceFiles files) {
        if (new JdbcSettingsStore(connections).get(SEEDED_MARKER).isPresent()) {
            return; // The usual case: a plain read, no write lock taken on every open.
        }
        try (Connection connection = connections.connect()) {
            connection.setAutoCommit(false);
            try {
                if (!claim(connection)) {
                    connection.rollback();
                    return;
                }
                seed(connection, files.samplesDirectory());
                connection.commit();
                LOG.info("Added the samples to the new workspace {}", files.directory());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlFailure.of("add the samples", e);
        }
    }

    private static boolean claim(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO setting (setting_key, setting_value) VALUES (?, ?)")) {
            insert.setString(1, SEEDED_MARKER);
            insert.setString(2, Instant.now().toString());
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            // Already seeded, or another process is seeding right now.
            if (e.getErrorCode() == DUPLICATE_KEY || e.getErrorCode() == LOCK_TIMEOUT) {
                return false;
            }
            throw e;
        }
    }

    private static void seed(Connection connection, Path samples) throws SQLException {
        TerraformSamples.copyTo(samples);
        JdbcProjectStore.insert(connection, SampleCatalog.TERRAFORM_LEARNING_NAME, Area.INFRASTRUCTURE,
                samples.resolve(SampleCatalog.TERRAFORM_LEARNING).toString(),
                "An EC2 instance from the latest Ubuntu AMI, with variables, outputs and a local module for an"
                        + " S3 static website, as in HashiCorp's Terraform basics tutorials. Planning it needs"
                        + " the AWS provider and credentials.", true);
        JdbcProjectStore.insert(connection, SampleCatalog.TERRAFORM_OFFLINE_NAME, Area.INFRASTRUCTURE,
                samples.resolve(SampleCatalog.TERRAFORM_OFFLINE).toString(),
                "The same shape built from Terraform's built-in terraform_data resource and a local module:"
                        + " init, plan and apply work with no network and no cloud account.", true);
        PaymentsSample.insert(connection);
        JdbcProjectStore.insert(connection, SampleCatalog.PAYMENTS_NAME, Area.DATA_QUALITY,
                SampleCatalog.PAYMENTS_TABLE,
                PaymentsSample.ROWS + " DVD-rental payments from February to May 2005 with planted problems: "
                        + String.join("; ", SampleCatalog.PAYMENTS_PLANTED_PROBLEMS) + ".", true);
    }
}
