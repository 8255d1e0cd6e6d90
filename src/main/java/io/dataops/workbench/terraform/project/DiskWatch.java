package io.dataops.workbench.terraform.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notices files changed on disk by another program (git checkout, another editor) by polling: the
 * modification time and size decide whether to look, the content hash decides whether it changed, so a
 * touched-but-equal file is no change and a same-second rewrite is still caught when its size differs.
 * Polling rather than a WatchService: it starts no thread, works on every file system, and the UI calls
 * it every second or two and when the window gets focus. Thread-safe.
 */
public final class DiskWatch {

    private record Known(Optional<String> hash, long modifiedMillis, long size) {
    }

    private final Map<Path, Known> known = new ConcurrentHashMap<>();

    /** Watches {@code file}, expecting {@code hash} on disk (empty: expected not to exist). */
    public void expect(Path file, Optional<String> hash) {
        known.put(file, stampOf(file, hash));
    }

    public void forget(Path file) {
        known.remove(file);
    }

    /** The watched files whose content differs from what was expected; each change is reported once. */
    public List<DiskChange> check() {
        List<DiskChange> changes = new ArrayList<>();
        for (Map.Entry<Path, Known> entry : known.entrySet()) {
            Path file = entry.getKey();
            Known expected = entry.getValue();
            Optional<BasicFileAttributes> attributes = attributes(file);
            if (attributes.isPresent() && expected.hash().isPresent()
                    && attributes.get().lastModifiedTime().toMillis() == expected.modifiedMillis()
                    && attributes.get().size() == expected.size()) {
                continue;
            }
            DiskSnapshot now = EditorFiles.read(file);
            Known current = stampOf(file, now.hash());
            known.replace(file, expected, current);
            if (!now.hash().equals(expected.hash())) {
                changes.add(new DiskChange(now));
            }
        }
        return List.copyOf(changes);
    }

    private static Known stampOf(Path file, Optional<String> hash) {
        return attributes(file).map(a -> new Known(hash, a.lastModifiedTime().toMillis(), a.size()))
                .orElse(new Known(hash, -1, -1));
    }

    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
