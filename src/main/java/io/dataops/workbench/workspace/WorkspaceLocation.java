package io.dataops.workbench.workspace;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where the workspace lives: {@code --workspace DIR}, else {@code DATAOPS_WORKSPACE}, else {@code ~/.dataops-workbench}. */
public final class WorkspaceLocation {

    public static final String ENV_VARIABLE = "DATAOPS_WORKSPACE";

    private WorkspaceLocation() {
    }

    public static Path resolve(Optional<Path> option, Map<String, String> environment) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath().normalize();
        }
        String fromEnv = environment.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.home"), ".dataops-workbench");
    }
}
