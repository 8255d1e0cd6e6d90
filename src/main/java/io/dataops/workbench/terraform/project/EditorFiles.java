package io.dataops.workbench.terraform.project;

import io.dataops.workbench.common.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Loading and saving files so that no edit is ever lost: a save refuses to overwrite a file another
 * program changed (unless the user chose to), records every content it replaces or writes as a revision,
 * and drops the draft only once the file is safely on disk. Synchronous; the UI runs it in the background.
 */
public final class EditorFiles {

    private final DraftStore drafts;
    private final RevisionStore revisions;

    public EditorFiles(DraftStore drafts, RevisionStore revisions) {
        this.drafts = drafts;
        this.revisions = revisions;
    }

    public DraftStore drafts() {
        return drafts;
    }

    public RevisionStore revisions() {
        return revisions;
    }

    /** Reads the file, records its content as a revision if no revision has it yet, and finds its draft. */
    public OpenedFile open(Path file) {
        DiskSnapshot snapshot = read(file);
        if (!snapshot.exists()) {
            throw new UserFacingException("The file " + file + " does not exist (any more). Refresh the file tree.");
        }
        String content = snapshot.content().orElseThrow();
        revisions.record(file, content, RevisionReason.OPENED);
        return new OpenedFile(file, content, snapshot.hash().orElseThrow(), drafts.find(file));
    }

    /**
     * Writes {@code content} if the disk still holds {@code expectedHash} (empty: the file must not exist);
     * otherwise throws {@link DiskConflictException}. Returns the new hash.
     */
    public String save(Path file, String content, Optional<String> expectedHash, RevisionReason reason) {
        DiskSnapshot onDisk = read(file);
        if (!onDisk.hash().equals(expectedHash)) {
            throw new DiskConflictException(onDisk);
        }
        return write(file, content, reason);
    }

    /** Writes {@code content} whatever the disk holds, after keeping the disk content as a revision. */
    public String overwrite(Path file, String content) {
        read(file).content().ifPresent(old -> revisions.record(file, old, RevisionReason.OVERWRITTEN));
        return write(file, content, RevisionReason.SAVED);
    }

    /** Records what another program wrote, so the user can go back to it whatever they choose. */
    public DiskSnapshot noteChangedOnDisk(Path file) {
        DiskSnapshot snapshot = read(file);
        snapshot.content().ifPresent(content -> revisions.record(file, content, RevisionReason.CHANGED_ON_DISK));
        return snapshot;
    }

    public void keepDraft(Path file, String content, Optional<String> baseHash) {
        drafts.save(file, content, baseHash);
    }

    public void discardDraft(Path file) {
        drafts.discard(file);
    }

    public static DiskSnapshot read(Path file) {
        try {
            return DiskSnapshot.read(file);
        } catch (IOException e) {
            throw new UserFacingException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private String write(Path file, String content, RevisionReason reason) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        try {
            // Write a temporary file next to the target and move it over, so a crash never leaves half a file.
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".saving");
            try {
                Files.write(temp, bytes);
                move(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UserFacingException("Could not save " + file + ": " + e.getMessage()
                    + ". Your changes are kept as a draft; check the folder is writable and save again.", e);
        }
        revisions.record(file, content, reason);
        drafts.discard(file);
        return ContentHash.of(bytes);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
