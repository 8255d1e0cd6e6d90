package io.dataops.workbench.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Puts a backup in place of a workspace database. The replaced database is kept next to it, never
 * deleted, so a restore of the wrong file can itself be undone.
 */
final class WorkspaceRestore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private WorkspaceRestore() {
    }

    /** Returns where the replaced database was kept, empty when there was none. */
    static Optional<Path> restore(Path directory, Path zipFile) {
        WorkspaceFiles files = new WorkspaceFiles(directory);
        Path zip = zipFile.toAbsolutePath().normalize();
        try {
            Files.createDirectories(files.directory());
            Path staging = Files.createTempDirectory(files.directory(), ".restore-");
            try {
                WorkspaceFiles restored = new WorkspaceFiles(staging);
                extract(zip, restored.databaseFile());
                checkIsWorkspace(zip, restored);
                refuseIfInUse(files);
                return replace(files, restored.databaseFile());
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new WorkspaceException("Could not restore " + zip + " into " + files.directory() + ": "
                    + e.getMessage() + ". The workspace was not changed.", e);
        }
    }

    private static void extract(Path zip, Path target) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new WorkspaceException("The backup " + zip + " does not exist. Check the file name.");
        }
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            ZipEntry entry = archive.getEntry(WorkspaceFiles.DATABASE_FILE_NAME);
            if (entry == null) {
                throw notABackup(zip, "it has no " + WorkspaceFiles.DATABASE_FILE_NAME);
            }
            try (InputStream content = archive.getInputStream(entry)) {
                Files.copy(content, target);
            }
        } catch (ZipException e) {
            throw notABackup(zip, "it is not a zip file");
        }
    }

    private static void checkIsWorkspace(Path zip, WorkspaceFiles restored) {
        Optional<String> version;
        try {
            version = SchemaProbe.readVersion(restored);
        } catch (WorkspaceException e) {
            throw notABackup(zip, "its database cannot be read");
        }
        if (version.isEmpty()) {
            throw notABackup(zip, "its database has no workspace schema");
        }
        if (WorkspaceSchema.isNewerThanKnown(version.get())) {
            throw new WorkspaceException("The backup " + zip + " was written by a newer DataOps Workbench (schema "
                    + version.get() + "; this version knows up to " + WorkspaceSchema.LATEST_VERSION + ")."
                    + " The workspace was not changed. Restore it with a newer version.");
        }
    }

    /**
     * A process with the database open holds a lock on the file (the process serving it to others,
     * or this very process); replacing the file under it would lose its writes.
     */
    private static void refuseIfInUse(WorkspaceFiles files) throws IOException {
        if (!files.databaseExists()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(files.databaseFile(), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new WorkspaceException("The workspace at " + files.directory() + " is in use by a running"
                        + " DataOps Workbench (GUI or CLI). Close it and run the restore again; nothing was"
                        + " changed.");
            }
            lock.release();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static Optional<Path> replace(WorkspaceFiles files, Path restoredDatabase) throws IOException {
        Optional<Path> kept = Optional.empty();
        if (files.databaseExists()) {
            Path previous = files.directory().resolve(WorkspaceFiles.DATABASE_FILE_NAME + ".before-restore-"
                    + LocalDateTime.now().format(STAMP));
            Files.move(files.databaseFile(), previous);
            kept = Optional.of(previous);
        }
        // Nobody holds the database (checked above), so a lock file left behind is stale.
        Files.deleteIfExists(files.lockFile());
        Files.move(restoredDatabase, files.databaseFile(), StandardCopyOption.ATOMIC_MOVE);
        return kept;
    }

    private static WorkspaceException notABackup(Path zip, String reason) {
        return new WorkspaceException("The file " + zip + " is not a DataOps Workbench workspace backup (" + reason
                + "). The workspace was not changed. Choose a zip made by `dataops workspace backup`.");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
