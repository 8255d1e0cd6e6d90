package io.dataops.workbench.quality.validation;

import io.dataops.workbench.testsupport.Requirements;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/**
 * One embedded PostgreSQL (zonky) for this package's tests, started as the profiler's tests start theirs (as
 * root zonky runs initdb/postgres under {@code unshare -U}); skipped locally with the reason, failed on CI.
 */
final class PostgresServer {

    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    static synchronized EmbeddedPostgres get() {
        if (server == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // The JVM is exiting.
                    }
                }));
                server = started;
            } catch (IOException | RuntimeException e) {
                Requirements.require(false, "embedded PostgreSQL did not start (as root it needs `unshare -U`): " + e);
                throw new IllegalStateException(e);
            }
        }
        return server;
    }
}
