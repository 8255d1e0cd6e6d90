package io.dataops.workbench.ui.quality.builder;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.suite.SuiteVersions;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteVersionsViewModelTest {

    @TempDir
    Path directory;

    private Workspace workspace;
    private SuiteBuilderViewModel builder;
    private SuiteVersionsViewModel versions;

    @BeforeEach
    void open() {
        workspace = Workspace.open(directory.resolve("ws"));
        builder = new SuiteBuilderViewModel(new SuggestionSource() {
            @Override
            public List<SuggestedExpectation> forColumn(TableProfile table, ColumnProfile column) {
                return List.of();
            }

            @Override
            public List<SuggestedExpectation> forTable(TableProfile table) {
                return List.of();
            }
        });
        versions = new SuiteVersionsViewModel(new SuiteVersions(workspace::connect), builder, new SameThreadTaskRunner());
        builder.load(ExpectationSuite.of("payments", List.of(ExpectationConfig.of("expect_column_values_to_be_between",
                Map.of("column", "AMOUNT", "min_value", 0, "max_value", 3)))));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void twoSavesMakeTwoVersionsWhoseDiffNamesTheChangedBound() {
        versions.save("first");
        versions.save("unchanged");
        assertThat(versions.statusProperty().get()).isEqualTo("No change since version 1; nothing saved.");
        builder.selectedIndexProperty().set(0);
        builder.setKwarg("max_value", 500);
        versions.save("wider");

        assertThat(versions.versions()).extracting(v -> v.version()).containsExactly(2, 1);
        versions.diff();
        assertThat(versions.changesProperty().get())
                .isEqualTo("~ expect_column_values_to_be_between on AMOUNT: max_value 3 \u2192 500");
        assertThat(versions.unifiedProperty().get()).contains("-").contains("+").contains("500");
        assertThat(versions.fromJsonProperty().get()).contains("3").doesNotContain("500");
    }

    @Test
    void rollingBackShowsTheOldSuiteAndSavesItAsTheNewest() {
        versions.save("first");
        builder.selectedIndexProperty().set(0);
        builder.setKwarg("max_value", 500);
        versions.save("wider");

        versions.rollback(versions.versions().get(1));

        assertThat(builder.expectations().get(0).kwargs()).containsEntry("max_value", 3);
        assertThat(versions.versions()).hasSize(3);
        assertThat(versions.versions().get(0).note()).isEqualTo("Rolled back to version 1");
    }

    @Test
    void exportedFilesImportBackInEitherGxVersion() throws Exception {
        Path v0 = directory.resolve("payments-0x.json");
        versions.exportFile(v0, SuiteJson.Version.V0);
        assertThat(Files.readString(v0)).contains("expectation_suite_name").contains("expectation_type");
        builder.load(ExpectationSuite.of("other", List.of()));

        versions.importFile(v0);

        assertThat(builder.suite().name()).isEqualTo("payments");
        assertThat(builder.expectations()).hasSize(1);
    }
}
