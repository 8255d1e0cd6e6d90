package io.dataops.workbench.terraform.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Unsaved buffers, one per file, kept until the file is saved or the user discards them. */
public interface DraftStore {

    /** Keeps {@code content} as the draft of {@code file}, replacing an older one. */
    void save(Path file, String content, Optional<String> baseHash);

    Optional<Draft> find(Path file);

    /** The drafts of files inside {@code folder}, oldest first. */
    List<Draft> under(Path folder);

    void discard(Path file);
}
