package io.dataops.workbench.app;

import io.dataops.workbench.monitor.export.TerraformExportFile;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.ui.infrastructure.InfrastructureViewModel;
import io.dataops.workbench.ui.shell.MainWindowViewModel;
import io.dataops.workbench.ui.shell.WorkbenchArea;
import io.dataops.workbench.workspace.Project;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * "Export as Terraform" from Monitoring: the HCL goes to a new file in the open Terraform project (or the
 * workspace's {@code exports} folder when none is open), and the Infrastructure area opens it in its editor.
 */
final class TerraformExportOpening {

    private TerraformExportOpening() {
    }

    static Consumer<String> into(Path workspaceDirectory, InfrastructureViewModel infrastructure,
                                 MainWindowViewModel main, TaskRunner runner) {
        return hcl -> {
            Project project = infrastructure.selectedProjectProperty().get();
            Path folder = project != null ? Path.of(project.location()) : workspaceDirectory.resolve("exports");
            runner.submit(BackgroundTask.of("Export as Terraform", context -> TerraformExportFile.write(folder, hcl))
                    .onSucceeded(file -> {
                        main.select(WorkbenchArea.INFRASTRUCTURE);
                        if (project != null && project.equals(infrastructure.selectedProjectProperty().get())) {
                            infrastructure.refreshTree();
                        }
                        infrastructure.openFile(file, false);
                    }));
        };
    }
}
