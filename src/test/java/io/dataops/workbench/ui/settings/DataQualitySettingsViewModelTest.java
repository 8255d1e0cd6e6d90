package io.dataops.workbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.quality.source.EngineSettings;
import io.dataops.workbench.quality.source.QualitySettings;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataQualitySettingsViewModelTest {

    @TempDir
    Path directory;
    private Workspace workspace;
    private QualitySettings settings;
    private DataQualitySettingsViewModel viewModel;

    @BeforeEach
    void open() {
        workspace = Workspace.open(directory);
        settings = new QualitySettings(workspace.settings());
        viewModel = new DataQualitySettingsViewModel(settings, new SameThreadTaskRunner());
        viewModel.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void showsTheDefaultLimitsUntilChanged() {
        assertThat(viewModel.memoryLimitProperty().get()).isEqualTo(EngineSettings.defaults().memoryLimit());
        assertThat(viewModel.threadsProperty().get()).isEqualTo(String.valueOf(EngineSettings.defaults().threads()));
        assertThat(viewModel.driverJars()).isEmpty();
        assertThat(viewModel.maskValuesProperty().get()).isFalse();
    }

    @Test
    void validLimitsAreSavedAndBadOnesExplainedAndNotSaved() {
        viewModel.memoryLimitProperty().set("512MB");
        viewModel.threadsProperty().set("1");
        viewModel.commitEngine();
        assertThat(settings.engine()).isEqualTo(new EngineSettings("512MB", 1));
        assertThat(viewModel.failedProperty().get()).isFalse();

        viewModel.memoryLimitProperty().set("lots");
        viewModel.commitEngine();
        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).contains("'lots'");
        assertThat(settings.engine().memoryLimit()).isEqualTo("512MB");

        viewModel.memoryLimitProperty().set("1GB");
        viewModel.threadsProperty().set("0");
        viewModel.commitEngine();
        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(settings.engine().threads()).isEqualTo(1);
    }

    @Test
    void driverJarsAndMaskingAreKeptInTheWorkspace() {
        Path jar = directory.resolve("drivers/mysql.jar");
        viewModel.addDriverJar(jar);
        assertThat(settings.driverJars()).containsExactly(jar);
        viewModel.maskValuesProperty().set(true);
        assertThat(settings.maskValues()).isTrue();

        DataQualitySettingsViewModel reopened = new DataQualitySettingsViewModel(settings, new SameThreadTaskRunner());
        reopened.load();
        assertThat(reopened.driverJars()).containsExactly(jar);
        assertThat(reopened.maskValuesProperty().get()).isTrue();

        reopened.removeDriverJar(jar);
        assertThat(settings.driverJars()).isEmpty();
    }
}
