package io.dataops.workbench.quality;

import io.dataops.workbench.quality.docs.DataDocsSite;
import io.dataops.workbench.quality.history.ValidationHistory;
import io.dataops.workbench.quality.secret.SecretCipher;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.secret.SecretResolver;
import io.dataops.workbench.quality.source.QualitySettings;
import io.dataops.workbench.quality.source.SourceConnector;
import io.dataops.workbench.quality.store.DataSourceStore;
import io.dataops.workbench.quality.store.ConnectionOpener;
import io.dataops.workbench.quality.store.ProfileStore;
import io.dataops.workbench.quality.suite.SuiteVersions;
import io.dataops.workbench.quality.validation.preview.ExpectationPreview;
import io.dataops.workbench.quality.validation.store.ValidationStore;
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
    private final ConnectionOpener connections;

    public QualityWorkspace(Workspace workspace, SecretKeyFile keyFile, Map<String, String> environment) {
        this.connections = workspace::connect;
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

    public ValidationStore validationStore() {
        return new ValidationStore(connections);
    }

    public SuiteVersions suiteVersions() {
        return new SuiteVersions(connections);
    }

    /** Stored runs for trends and run details; masks values while the sensitive-data setting is on. */
    public ValidationHistory history() {
        return new ValidationHistory(connections, settings::maskValues);
    }

    public DataDocsSite dataDocs() {
        return new DataDocsSite(history(), validationStore()::findSuite);
    }

    /** The builder's live result, masking unexpected values as the setting is now. */
    public ExpectationPreview preview() {
        return new ExpectationPreview(connector(), settings.maskValues());
    }
}
