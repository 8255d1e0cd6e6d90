package io.dataops.workbench.terraform.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** What a file holds on disk right now: its text and hash, or nothing when it does not exist. */
public record DiskSnapshot(Path file, Optional<String> content, Optional<String> hash) {

    public static DiskSnapshot read(Path file) throws IOException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new DiskSnapshot(file, Optional.of(new String(bytes, StandardCharsets.UTF_8)),
                    Optional.of(ContentHash.of(bytes)));
        } catch (NoSuchFileException e) {
            return missing(file);
        }
    }

    public static DiskSnapshot missing(Path file) {
        return new DiskSnapshot(file, Optional.empty(), Optional.empty());
    }

    public boolean exists() {
        return content.isPresent();
    }
}
