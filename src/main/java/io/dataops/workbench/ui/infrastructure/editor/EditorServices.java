package io.dataops.workbench.ui.infrastructure.editor;

import io.dataops.workbench.terraform.project.DiskWatch;
import io.dataops.workbench.terraform.project.EditorFiles;
import io.dataops.workbench.ui.common.TaskRunner;
import java.util.function.Supplier;

/** What every open document needs: the files service, the disk watch, the task runner, a draft timer maker. */
public record EditorServices(EditorFiles files, DiskWatch watch, TaskRunner runner, Supplier<DraftDelay> delays) {
}
