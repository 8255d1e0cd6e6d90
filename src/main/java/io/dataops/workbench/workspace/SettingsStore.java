package io.dataops.workbench.workspace;

import java.util.Optional;

/** Key/value settings kept in the workspace (window geometry, theme, terraform path, AWS profile...). */
public interface SettingsStore {
    Optional<String> get(String key);

    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    void put(String key, String value);

    void remove(String key);
}
