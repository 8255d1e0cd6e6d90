package io.dataops.workbench.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.workspace.Area;
import io.dataops.workbench.workspace.SampleCatalog;
import io.dataops.workbench.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Data Quality area's flows without the toolkit: every task runs at once on the test thread. */
class QualityViewModelTest {

    @TempDir
    Path directory;
    @TempDir
    Path files;
    private Workspace workspace;
    private QualityWorkspace quality;
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private QualityViewModel viewModel;

    @BeforeEach
    void open() {
        workspace = Workspace.open(directory.resolve("ws"));
        quality = new QualityWorkspace(workspace, new SecretKeyFile(directory.resolve("config")), Map.of());
        viewModel = new QualityViewModel(quality, WorkspaceDatabaseSource.of(workspace.databaseFile()),
                workspace.projects(), workspace.recentItems(), runner,
                new ValidationWorkspace(workspace::connect, directory.resolve("docs"), io.dataops.workbench.ui.quality.builder.Debouncer.immediate(), uri -> { }));
        viewModel.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void startsOnTheWorkspaceDatabaseWithThePaymentsTablePickable() {
        assertThat(viewModel.sources().selectedProperty().get()).isSameAs(viewModel.sources().workspaceSource());
        assertThat(viewModel.browser().schemaProperty().get()).isEqualToIgnoringCase("SAMPLES");
        assertThat(viewModel.browser().tables()).anySatisfy(t -> assertThat(t.name()).isEqualToIgnoringCase("PAYMENT"));
    }

    @Test
    void theSampleIsProfiledStoredAndRememberedInOneCall() {
        viewModel.profilePaymentsSample();

        TableProfile profile = viewModel.profile().profileProperty().get();
        assertThat(profile.rowCount()).isEqualTo(3201);
        assertThat(profile.columns()).extracting(c -> c.name().toLowerCase()).contains("payment_id", "amount");
        assertThat(viewModel.profile().selectedColumnProperty().get()).isEqualTo(profile.columns().get(0));
        assertThat(viewModel.profile().statusProperty().get()).startsWith("3,201 rows, 6 columns");
        assertThat(viewModel.profile().stored()).hasSize(1);
        assertThat(viewModel.browser().tableProperty().get().name()).isEqualToIgnoringCase("PAYMENT");
        assertThat(workspace.recentItems().list(5)).anySatisfy(item -> {
            assertThat(item.area()).isEqualTo(Area.DATA_QUALITY);
            assertThat(item.location()).isEqualTo(SampleCatalog.PAYMENTS_TABLE);
        });
        assertThat(runner.reportedErrors()).isEmpty();
    }

    @Test
    void aCsvSourceIsAddedWithDetectedOptionsAndProfiled() throws IOException {
        Path csv = files.resolve("orders.csv");
        Files.writeString(csv, "id;amount;city\n1;10.5;Oslo\n2;;Bergen\n3;7.25;Oslo\n");
        SourcesViewModel sources = viewModel.sources();
        sources.startAdd(SourceKind.FILE);
        SourceFormViewModel form = sources.formProperty().get();
        form.nameProperty().set("orders");
        form.locationProperty().set(csv.toString());
        assertThat(form.formatProperty().get()).hasToString("CSV");
        sources.detectCsv();
        assertThat(form.detectedProperty().get()).contains("delimiter ';'");
        sources.save();

        assertThat(sources.formProperty().get()).isNull();
        assertThat(sources.selectedProperty().get()).isInstanceOf(FileSource.class);
        assertThat(quality.sources().find("orders")).isPresent();
        assertThat(viewModel.browser().asset()).contains(AssetRef.wholeFile());

        viewModel.profileSelected();
        TableProfile profile = viewModel.profile().profileProperty().get();
        assertThat(profile.rowCount()).isEqualTo(3);
        assertThat(profile.column("amount").orElseThrow().nullCount()).isEqualTo(1);
        assertThat(ProfileFormat.percent(profile.column("amount").orElseThrow().nullRatio())).isEqualTo("33.3 %");
    }

    @Test
    void aTypedPasswordIsStoredEncryptedAndAnEnvironmentPasswordAsAReference() {
        SourcesViewModel sources = viewModel.sources();
        sources.startAdd(SourceKind.DATABASE);
        SourceFormViewModel form = sources.formProperty().get();
        form.nameProperty().set("warehouse");
        form.templateProperty().set(JdbcTemplate.H2);
        form.urlProperty().set("jdbc:h2:mem:warehouse");
        form.userProperty().set("sa");
        form.passwordModeProperty().set(PasswordMode.ENCRYPTED);
        form.passwordProperty().set("s3cret-Pa55");
        sources.save();

        var saved = (io.dataops.workbench.quality.source.JdbcSource) quality.sources().find("warehouse").orElseThrow();
        assertThat(saved.password().stored()).startsWith("enc:v1:").doesNotContain("s3cret");
        assertThat(quality.cipher().decrypt((io.dataops.workbench.quality.secret.SecretRef.Encrypted) saved.password()))
                .isEqualTo("s3cret-Pa55");

        sources.startEdit();
        SourceFormViewModel edit = sources.formProperty().get();
        assertThat(edit.passwordModeProperty().get()).isEqualTo(PasswordMode.KEEP);
        edit.passwordModeProperty().set(PasswordMode.ENVIRONMENT);
        edit.passwordVariableProperty().set("WAREHOUSE_PASSWORD");
        sources.save();
        var changed = (io.dataops.workbench.quality.source.JdbcSource) quality.sources().find("warehouse").orElseThrow();
        assertThat(changed.password().stored()).isEqualTo("${env:WAREHOUSE_PASSWORD}");
    }

    @Test
    void testingTheWorkspaceConnectionSaysWhatAnswered() {
        viewModel.sources().testConnection();
        assertThat(viewModel.sources().messageProperty().get()).startsWith("Connected: H2");
        assertThat(viewModel.sources().messageIsErrorProperty().get()).isFalse();
    }

    @Test
    void aFailedConnectionTestIsShownPlainlyWithoutThePassword() {
        SourcesViewModel sources = viewModel.sources();
        sources.startAdd(SourceKind.DATABASE);
        SourceFormViewModel form = sources.formProperty().get();
        form.nameProperty().set("nowhere");
        form.urlProperty().set("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1");
        form.passwordModeProperty().set(PasswordMode.ENCRYPTED);
        form.passwordProperty().set("hunter2-secret");
        sources.testConnection();
        assertThat(sources.messageIsErrorProperty().get()).isTrue();
        assertThat(sources.messageProperty().get()).startsWith("Could not connect").doesNotContain("hunter2-secret");
    }

    @Test
    void removingASourceTakesItOutOfTheList() throws IOException {
        Path csv = files.resolve("a.csv");
        Files.writeString(csv, "x\n1\n");
        quality.sources().save(FileSource.of(csv.toString()).withName("a"));
        viewModel.sources().load();
        viewModel.sources().selectedProperty().set(viewModel.sources().sources().get(1));
        viewModel.sources().removeSelected();
        assertThat(viewModel.sources().sources()).containsExactly(viewModel.sources().workspaceSource());
        assertThat(quality.sources().find("a")).isEmpty();
    }

    @Test
    void aMonthlyBatchIsListedPickedAndProfiledAlone() {
        AssetBrowserViewModel browser = viewModel.browser();
        browser.tableProperty().set(browser.tables().stream()
                .filter(t -> t.name().equalsIgnoreCase("PAYMENT")).findFirst().orElseThrow());
        assertThat(browser.dateColumns()).containsExactly("PAYMENT_DATE");
        browser.splitProperty().set(AssetBrowserViewModel.Split.MONTH);
        browser.listBatches();
        assertThat(browser.batches()).extracting(b -> b.key()).contains("2005-02", "2005-05");
        var march = browser.batches().stream().filter(b -> b.key().equals("2005-03")).findFirst().orElseThrow();
        browser.batchProperty().set(march);

        viewModel.profileSelected();
        TableProfile profile = viewModel.profile().profileProperty().get();
        assertThat(profile.rowCount()).isEqualTo(march.rowCount());
        assertThat(profile.asset()).contains("2005-03");
    }

    @Test
    void twoProfilesAreComparedWithTheRowCountAndNullChangesHighlighted() throws IOException {
        Path csv = files.resolve("daily.csv");
        Files.writeString(csv, "id,score\n1,5\n2,6\n3,7\n4,8\n");
        quality.sources().save(FileSource.of(csv.toString()).withName("daily"));
        viewModel.sources().load();
        viewModel.sources().selectedProperty().set(viewModel.sources().sources().get(1));
        viewModel.profileSelected();
        Files.writeString(csv, "id,score\n1,5\n2,\n3,\n4,8\n5,9\n6,\n");
        viewModel.profileSelected();

        ComparisonViewModel comparison = viewModel.comparison();
        assertThat(comparison.stored()).hasSize(2);
        assertThat(comparison.afterProperty().get()).isEqualTo(comparison.stored().get(0));
        assertThat(comparison.beforeProperty().get()).isEqualTo(comparison.stored().get(1));
        comparison.compare();

        assertThat(comparison.rows()).contains(new ChangeRow("(table)", "rows", "4", "6 (+2)", true));
        assertThat(comparison.rows()).anySatisfy(row -> {
            assertThat(row.subject()).isEqualTo("score");
            assertThat(row.aspect()).isEqualTo("null %");
            assertThat(row.before()).isEqualTo("0.0 %");
            assertThat(row.after()).isEqualTo("50.0 %");
            assertThat(row.changed()).isTrue();
        });
        assertThat(comparison.summaryProperty().get()).contains("worth a look");
    }

    @Test
    void aBadSampleSizeIsExplainedInsteadOfRun() {
        viewModel.profile().sampleRowsProperty().set("ten");
        viewModel.profilePaymentsSample();
        assertThat(viewModel.profile().profileProperty().get()).isNull();
        assertThat(viewModel.profile().statusProperty().get()).contains("'ten'");
    }

    @Test
    void aRecentItemReopensItsTableInTheBrowser() {
        viewModel.sources().selectedProperty().set(null);
        viewModel.openLocation(SampleCatalog.PAYMENTS_TABLE);
        assertThat(viewModel.sources().selectedProperty().get()).isSameAs(viewModel.sources().workspaceSource());
        assertThat(viewModel.browser().tableProperty().get().name()).isEqualToIgnoringCase("PAYMENT");
    }
}
