package io.dataops.workbench.common;

import java.util.List;

/** Stops a process together with everything it started (terraform's provider plugins, say). */
public final class ProcessTree {

    private ProcessTree() {
    }

    /** Kills the descendants first, so none is re-parented and left running, then the process. */
    public static void kill(ProcessHandle root) {
        List<ProcessHandle> descendants = root.descendants().toList();
        for (int i = descendants.size() - 1; i >= 0; i--) {
            descendants.get(i).destroyForcibly();
        }
        root.destroyForcibly();
    }

    /** Registers killing the tree of {@code process} as the cancel action of {@code context}. */
    public static TaskContext.Registration killOnCancel(Process process, TaskContext context) {
        return context.onCancel(() -> kill(process.toHandle()));
    }
}
