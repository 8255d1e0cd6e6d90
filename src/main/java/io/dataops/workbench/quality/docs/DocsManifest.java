package io.dataops.workbench.quality.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a data-docs folder already holds (manifest.json): the last result id rendered, how many runs the archive
 * pages hold, the hash of each suite page's JSON and the last run of each history page. A missing, unreadable or
 * differently shaped manifest (another page size, masking switched) means a full build.
 */
final class DocsManifest {

    static final String FILE = "manifest.json";
    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    long lastId;
    long runCount;
    int pageSize;
    boolean masked;
    final Map<String, String> suites = new TreeMap<>();
    final Map<String, Long> series = new TreeMap<>();

    static DocsManifest empty(int pageSize, boolean masked) {
        DocsManifest manifest = new DocsManifest();
        manifest.pageSize = pageSize;
        manifest.masked = masked;
        return manifest;
    }

    @SuppressWarnings("unchecked")
    static Optional<DocsManifest> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Map<String, Object> json = MAPPER.readValue(file.toFile(), Map.class);
            if (!(json.get("format") instanceof Number format) || format.intValue() != FORMAT) {
                return Optional.empty();
            }
            DocsManifest manifest = new DocsManifest();
            manifest.lastId = ((Number) json.get("lastId")).longValue();
            manifest.runCount = ((Number) json.get("runCount")).longValue();
            manifest.pageSize = ((Number) json.get("pageSize")).intValue();
            manifest.masked = Boolean.TRUE.equals(json.get("masked"));
            ((Map<String, Object>) json.get("suites")).forEach((k, v) -> manifest.suites.put(k, String.valueOf(v)));
            ((Map<String, Object>) json.get("series")).forEach((k, v) -> manifest.series.put(k, ((Number) v).longValue()));
            return Optional.of(manifest);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void write(Path folder) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("lastId", lastId);
        json.put("runCount", runCount);
        json.put("pageSize", pageSize);
        json.put("masked", masked);
        json.put("suites", suites);
        json.put("series", series);
        Path temp = folder.resolve(FILE + ".tmp");
        MAPPER.writeValue(temp.toFile(), json);
        Files.move(temp, folder.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
