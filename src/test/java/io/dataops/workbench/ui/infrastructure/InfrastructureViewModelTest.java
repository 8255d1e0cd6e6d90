package io.dataops.workbench.ui.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.terraform.ProjectFiles.ProjectFile;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.workspace.Area;
import io.dataops.workbench.workspace.Project;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfrastructureViewModelTest {

    @TempDir
    Path directory;
    private Workspace workspace;
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();

    @BeforeEach
    void open() {
        workspace = Workspace.open(directory);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void listsTheTerraformSamplesAndTheFilesOfTheFirst() {
        InfrastructureViewModel viewModel = new InfrastructureViewModel(workspace.projects(), workspace.recentItems(), runner);
        viewModel.load();
        assertThat(viewModel.projects()).hasSizeGreaterThanOrEqualTo(2).allMatch(Project::sample);
        assertThat(viewModel.selectedProjectProperty().get()).isEqualTo(viewModel.projects().get(0));
        assertThat(viewModel.files()).extracting(ProjectFile::path).anyMatch(path -> path.endsWith(".tf"));
        assertThat(runner.reportedErrors()).isEmpty();
    }

    @Test
    void openingARecentLocationSelectsThatProjectAndRemembersIt() {
        InfrastructureViewModel viewModel = new InfrastructureViewModel(workspace.projects(), workspace.recentItems(), runner);
        AtomicInteger opened = new AtomicInteger();
        viewModel.setOnOpened(opened::incrementAndGet);
        Project second = workspace.projects().list(Area.INFRASTRUCTURE).get(1);
        viewModel.openLocation(second.location()); // before load: applied once the projects are there
        viewModel.load();
        assertThat(viewModel.selectedProjectProperty().get()).isEqualTo(second);
        assertThat(opened).hasValue(1);
        assertThat(workspace.recentItems().list(1)).singleElement()
                .satisfies(item -> assertThat(item.location()).isEqualTo(second.location()));
    }
}
