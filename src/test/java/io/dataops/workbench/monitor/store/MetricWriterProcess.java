package io.dataops.workbench.monitor.store;

import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;

/** A second process writing to a workspace the test also writes to: {@code main(workspaceDir, writerName)}. */
public final class MetricWriterProcess {

    private MetricWriterProcess() {
    }

    public static void main(String[] args) {
        try (Workspace workspace = Workspace.open(Path.of(args[0]))) {
            // The test starts its own writers on this line, so the two processes really write at the same time.
            System.out.println("writing");
            System.out.flush();
            ConcurrentWritersTest.write(new LocalMetricStore(workspace::connect), args[1]);
        }
        System.exit(0);
    }
}
