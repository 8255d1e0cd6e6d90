package io.dataops.workbench.ui.quality.docs;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.docs.DocsBuildReport;

/** Builds (or brings up to date) the data-docs site; synchronous and cancellable. */
@FunctionalInterface
public interface DocsBuild {
    DocsBuildReport build(TaskContext context);
}
