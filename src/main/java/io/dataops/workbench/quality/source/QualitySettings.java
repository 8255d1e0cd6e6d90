package io.dataops.workbench.quality.source;

import io.dataops.workbench.workspace.SettingsStore;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The data-quality settings kept in the workspace (the Settings screen edits them): DuckDB's memory limit
 * and threads, extra JDBC driver jars, and whether stored profiles and exports mask values.
 */
public final class QualitySettings {

    public static final String DUCKDB_MEMORY_LIMIT = "quality.duckdb.memory_limit";
    public static final String DUCKDB_THREADS = "quality.duckdb.threads";
    public static final String DRIVER_JARS = "quality.jdbc.driver_jars";
    public static final String MASK_VALUES = "quality.profile.mask_values";

    private final SettingsStore store;

    public QualitySettings(SettingsStore store) {
        this.store = store;
    }

    /** The stored limits, each falling back to {@link EngineSettings#defaults()} when unset or unreadable. */
    public EngineSettings engine() {
        EngineSettings defaults = EngineSettings.defaults();
        String memory = store.get(DUCKDB_MEMORY_LIMIT).filter(s -> !s.isBlank()).orElse(defaults.memoryLimit());
        int threads = store.get(DUCKDB_THREADS).map(String::trim).filter(s -> s.matches("\\d{1,4}"))
                .map(Integer::parseInt).filter(n -> n > 0).orElse(defaults.threads());
        try {
            return new EngineSettings(memory, threads);
        } catch (IllegalArgumentException e) {
            return new EngineSettings(defaults.memoryLimit(), threads);
        }
    }

    public void setEngine(EngineSettings settings) {
        store.put(DUCKDB_MEMORY_LIMIT, settings.memoryLimit());
        store.put(DUCKDB_THREADS, String.valueOf(settings.threads()));
    }

    public List<Path> driverJars() {
        return store.get(DRIVER_JARS).stream()
                .flatMap(String::lines).map(String::trim).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }

    public void setDriverJars(List<Path> jars) {
        if (jars.isEmpty()) {
            store.remove(DRIVER_JARS);
        } else {
            store.put(DRIVER_JARS, jars.stream().map(Path::toString).collect(Collectors.joining("\n")));
        }
    }

    public boolean maskValues() {
        return store.get(MASK_VALUES).map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
    }

    public void setMaskValues(boolean mask) {
        store.put(MASK_VALUES, String.valueOf(mask));
    }
}
