package io.dataops.workbench.quality;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.profile.ProfileOptions;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.secret.SecretCipher;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.secret.SecretResolver;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.DataSource;
import io.dataops.workbench.quality.source.EngineSettings;
import io.dataops.workbench.quality.source.SourceConnector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test shorthand: a profiler with small DuckDB limits and secrets from the given environment only. */
final class Profiling {

    private Profiling() {
    }

    static DataProfiler profiler(Path keyDirectory, Map<String, String> environment) {
        SecretResolver secrets = new SecretResolver(environment, new SecretCipher(new SecretKeyFile(keyDirectory)));
        return new DataProfiler(new SourceConnector(new EngineSettings("1GB", 2), secrets, List.of()));
    }

    static TableProfile profile(Path keyDirectory, DataSource source, AssetRef asset) {
        return profiler(keyDirectory, Map.of()).profile(source, asset, Optional.empty(), ProfileOptions.exact(),
                TaskContext.none());
    }
}
