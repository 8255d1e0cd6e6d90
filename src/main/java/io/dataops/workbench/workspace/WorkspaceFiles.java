package io.dataops.workbench.workspace;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a workspace keeps its database and samples, and the JDBC URLs that reach it. */
record WorkspaceFiles(Path directory) {

    static final String DATABASE_NAME = "workspace";
    static final String DATABASE_FILE_NAME = DATABASE_NAME + ".mv.db";
    static final String USER = "sa";
    static final String PASSWORD = "";

    WorkspaceFiles {
        directory = directory.toAbsolutePath().normalize();
    }

    Path databaseFile() {
        return directory.resolve(DATABASE_FILE_NAME);
    }

    Path lockFile() {
        return directory.resolve(DATABASE_NAME + ".lock.db");
    }

    Path samplesDirectory() {
        return directory.resolve("samples");
    }

    boolean databaseExists() {
        return Files.exists(databaseFile());
    }

    /**
     * The URL every process uses: the first one to open the file serves it to the others, and when
     * that process exits another one takes over.
     */
    String sharedUrl() {
        return "jdbc:h2:file:" + databasePath() + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE";
    }

    /**
     * Reads without writing a byte: no lock file, no trace file, no compaction on close. Used to look
     * at a workspace before deciding whether this build may touch it.
     */
    String readOnlyUrl() {
        return "jdbc:h2:file:" + databasePath() + ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0;IFEXISTS=TRUE";
    }

    private String databasePath() {
        String path = directory.resolve(DATABASE_NAME).toString().replace('\\', '/');
        if (path.contains(";")) {
            throw new WorkspaceException("The workspace folder " + directory + " contains a ';', which the "
                    + "database cannot use in a file name. Choose another folder with --workspace.");
        }
        return path;
    }
}
