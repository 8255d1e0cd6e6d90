package io.dataops.workbench.quality;

import io.dataops.workbench.quality.secret.SecretCipher;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.secret.SecretResolver;
import io.dataops.workbench.quality.source.QualitySettings;
import io.dataops.workbench.quality.source.SourceConnector;
import io.dataops.workbench.quality.store.DataSourceStore;
import io.dataops.workbench.quality.store.ProfileStore;
import io.dataops.workbench.workspace.Workspace;
import java.util.Map;

/**
 * The data-quality services of one workspace, wired by hand: settings, saved sources, stored profiles,
 * the secret cipher (key outside the workspace) and a profiler using the current DuckDB limits.
 */
public final class QualityWorkspace {

    private final QualitySettings settings;
    private final DataSourceStore sources;
    private final ProfileStore profiles;
    private final SecretCipher cipher;
    private final Map<String, String> environment;

    public QualityWorkspace(Workspace workspace, SecretKeyFile keyFile, Map<String, String> environment) {
        this.settings = new QualitySettings(workspace.settings());
        this.sources = new DataSourceStore(workspace::connect);
        this.profiles = new ProfileStore(workspace::connect);
        this.cipher = new SecretCipher(keyFile);
        this.environment = Map.copyOf(environment);
    }

    public QualitySettings settings() {
        return settings;
    }

    public DataSourceStore sources() {
        return sources;
    }

    public ProfileStore profiles() {
        return profiles;
    }

    /** Encrypts a password the user typed, for a {@link io.dataops.workbench.quality.source.JdbcSource}. */
    public SecretCipher cipher() {
        return cipher;
    }

    /** A profiler with the settings as they are now (Settings may have changed the limits or driver jars). */
    public DataProfiler profiler() {
        return new DataProfiler(connector());
    }

    public SourceConnector connector() {
        return new SourceConnector(settings.engine(), new SecretResolver(environment, cipher), settings.driverJars());
    }
}
