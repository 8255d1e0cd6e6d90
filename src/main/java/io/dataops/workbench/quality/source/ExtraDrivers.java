package io.dataops.workbench.quality.source;

import io.dataops.workbench.common.UserFacingException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Loads JDBC drivers from jars the user added in Settings (PostgreSQL, H2, DuckDB and SQLite ship with the
 * workbench). Each jar gets its own class loader over the platform loader, so a driver cannot clash with
 * the workbench's own libraries; each jar is loaded once per process.
 */
public final class ExtraDrivers {

    private static final Set<Path> LOADED = new HashSet<>();

    private ExtraDrivers() {
    }

    /** Registers the drivers found in {@code jars}; returns their class names. */
    public static synchronized List<String> load(List<Path> jars) {
        List<String> names = new ArrayList<>();
        for (Path jar : jars) {
            Path absolute = jar.toAbsolutePath().normalize();
            if (!Files.isRegularFile(absolute)) {
                throw new UserFacingException("The JDBC driver jar " + absolute + " (from Settings) does not exist.");
            }
            if (LOADED.add(absolute)) {
                names.addAll(register(absolute));
            }
        }
        return names;
    }

    private static List<String> register(Path jar) {
        URLClassLoader loader = new URLClassLoader(new URL[] {url(jar)}, ClassLoader.getPlatformClassLoader());
        List<String> names = new ArrayList<>();
        for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
            if (driver.getClass().getClassLoader() != loader) {
                continue; // Found through the parent: not from this jar.
            }
            DriverShim shim = new DriverShim(driver);
            try {
                DriverManager.registerDriver(shim);
            } catch (SQLException e) {
                throw new UserFacingException("Could not register the JDBC driver " + shim.driverClassName()
                        + " from " + jar + ": " + e.getMessage(), e);
            }
            names.add(shim.driverClassName());
        }
        if (names.isEmpty()) {
            throw new UserFacingException("The jar " + jar + " holds no JDBC driver (no META-INF/services/java.sql.Driver).");
        }
        return names;
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
