package io.dataops.workbench.terraform.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The recorded contents of files: every save, and whatever the editor is about to replace. */
public interface RevisionStore {

    /** Records {@code content}, unless the newest revision of the file already has exactly it. */
    Revision record(Path file, String content, RevisionReason reason);

    /** The file's revisions, newest first. */
    List<Revision> list(Path file);

    Optional<Revision> latest(Path file);

    String content(long revisionId);
}
