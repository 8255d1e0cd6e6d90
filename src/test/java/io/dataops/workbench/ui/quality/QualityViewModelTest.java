package io.dataops.workbench.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.quality.TablePreview;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.workspace.Area;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityViewModelTest {

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

    private QualityViewModel viewModel() {
        return new QualityViewModel(workspace.projects(), workspace.recentItems(),
                new TablePreview(workspace::connect), runner);
    }

    @Test
    void listsThePaymentsSampleAndPreviewsItsFirstRows() {
        QualityViewModel viewModel = viewModel();
        viewModel.load();
        assertThat(viewModel.assets()).isNotEmpty();
        assertThat(viewModel.selectedAssetProperty().get()).isEqualTo(viewModel.assets().get(0));
        TablePreview.Rows rows = viewModel.previewProperty().get();
        assertThat(rows.columns()).isNotEmpty();
        assertThat(rows.rows()).isNotEmpty().hasSizeLessThanOrEqualTo(QualityViewModel.PREVIEW_ROWS);
        assertThat(viewModel.previewRunningProperty().get()).isFalse();
        assertThat(runner.reportedErrors()).isEmpty();
    }

    @Test
    void openingAnAssetMakesItARecentItem() {
        QualityViewModel viewModel = viewModel();
        var asset = workspace.projects().list(Area.DATA_QUALITY).get(0);
        viewModel.openLocation(asset.location()); // before load: applied once the assets are there
        viewModel.load();
        assertThat(viewModel.selectedAssetProperty().get()).isEqualTo(asset);
        assertThat(workspace.recentItems().list(5)).anySatisfy(item -> {
            assertThat(item.area()).isEqualTo(Area.DATA_QUALITY);
            assertThat(item.location()).isEqualTo(asset.location());
        });
    }
}
