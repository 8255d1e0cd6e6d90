package io.dataops.workbench.quality.validation;

/** The package's embedded PostgreSQL for tests in sub-packages. */
public final class PostgresAccess {

    private PostgresAccess() {
    }

    public static String url() {
        return "jdbc:postgresql://localhost:" + PostgresServer.get().getPort() + "/postgres";
    }
}
