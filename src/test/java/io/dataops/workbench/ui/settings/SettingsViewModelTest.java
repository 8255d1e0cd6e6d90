package io.dataops.workbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.ui.common.Theme;
import io.dataops.workbench.ui.testing.InMemorySettings;
import io.dataops.workbench.workspace.WorkbenchSettings;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    private final InMemorySettings store = new InMemorySettings();
    private final WorkbenchSettings settings = new WorkbenchSettings(store);
    private final AwsProfiles profiles = AwsProfiles.parse(
            "[default]\nregion = eu-west-1\n[profile analytics]\nregion=ap-southeast-2\n", "[ci]\n");

    private SettingsViewModel viewModel(SettingsViewModel.BinaryCheck check) {
        SettingsViewModel viewModel = new SettingsViewModel(settings, new SameThreadTaskRunner(), check, () -> profiles);
        viewModel.loadProfiles();
        return viewModel;
    }

    @Test
    void themeChangeIsSavedAtOnce() {
        SettingsViewModel viewModel = viewModel((binary, context) -> "");
        viewModel.themeProperty().set(Theme.DARK);
        assertThat(settings.theme()).isEqualTo(WorkbenchSettings.Theme.DARK);
        assertThat(new SettingsViewModel(settings, new SameThreadTaskRunner(), (b, c) -> "", () -> profiles)
                .themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void profilesComeFromTheAwsFilesAndChoosingOneTakesItsRegion() {
        SettingsViewModel viewModel = viewModel((binary, context) -> "");
        assertThat(viewModel.profiles()).containsExactly("default", "analytics", "ci");
        viewModel.awsProfileProperty().set("analytics");
        assertThat(viewModel.awsRegionProperty().get()).isEqualTo("ap-southeast-2");
        assertThat(settings.awsProfile()).contains("analytics");
        assertThat(settings.awsRegion()).contains("ap-southeast-2");
    }

    @Test
    void terraformCheckShowsTheVersionLine() {
        SettingsViewModel viewModel = viewModel((binary, context) -> binary + ": Terraform v1.11.4");
        viewModel.terraformBinaryProperty().set("/opt/tofu");
        viewModel.checkTerraform();
        assertThat(viewModel.checkResultProperty().get()).isEqualTo("/opt/tofu: Terraform v1.11.4");
        assertThat(viewModel.checkFailedProperty().get()).isFalse();
        assertThat(viewModel.checkingProperty().get()).isFalse();
        assertThat(settings.terraformBinary()).isEqualTo("/opt/tofu");
    }

    @Test
    void failedTerraformCheckShowsThePlainReasonInline() {
        SettingsViewModel viewModel = viewModel((binary, context) -> {
            throw new UserFacingException("Could not run nothing-here.");
        });
        viewModel.checkTerraform();
        assertThat(viewModel.checkFailedProperty().get()).isTrue();
        assertThat(viewModel.checkResultProperty().get()).isEqualTo("Could not run nothing-here.");
    }
}
