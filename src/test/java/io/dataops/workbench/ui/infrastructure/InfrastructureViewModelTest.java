package io.dataops.workbench.ui.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.terraform.editing.SearchQuery;
import io.dataops.workbench.terraform.project.DiskWatch;
import io.dataops.workbench.terraform.project.EditorFiles;
import io.dataops.workbench.terraform.project.JdbcDraftStore;
import io.dataops.workbench.terraform.project.JdbcRevisionStore;
import io.dataops.workbench.terraform.project.ProjectTreeNode;
import io.dataops.workbench.terraform.project.Revision;
import io.dataops.workbench.terraform.project.RevisionReason;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.ui.infrastructure.editor.EditorDocument;
import io.dataops.workbench.ui.infrastructure.editor.EditorServices;
import io.dataops.workbench.ui.infrastructure.editor.StringBuffer;
import io.dataops.workbench.ui.infrastructure.history.HistoryViewModel;
import io.dataops.workbench.workspace.Area;
import io.dataops.workbench.workspace.Project;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Files;
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
    private InfrastructureViewModel viewModel;
    private EditorFiles files;

    @BeforeEach
    void open() {
        workspace = Workspace.open(directory);
        viewModel = newViewModel();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private InfrastructureViewModel newViewModel() {
        files = new EditorFiles(new JdbcDraftStore(workspace::connect), new JdbcRevisionStore(workspace::connect));
        return new InfrastructureViewModel(workspace.projects(), workspace.recentItems(),
                new EditorServices(files, new DiskWatch(), runner, ManualDraftDelay::new));
    }

    @Test
    void listsTheTerraformSamplesAndTheTreeOfTheFirst() {
        viewModel.load();
        assertThat(viewModel.projects()).hasSizeGreaterThanOrEqualTo(2).allMatch(Project::sample);
        assertThat(viewModel.selectedProjectProperty().get()).isEqualTo(viewModel.projects().get(0));
        assertThat(viewModel.treeProperty().get().children()).extracting(ProjectTreeNode::name)
                .contains("modules", "main.tf", "variables.tf");
        assertThat(runner.reportedErrors()).isEmpty();
    }

    @Test
    void openingARecentLocationSelectsThatProjectAndRemembersIt() {
        AtomicInteger opened = new AtomicInteger();
        viewModel.setOnOpened(opened::incrementAndGet);
        Project second = workspace.projects().list(Area.INFRASTRUCTURE).get(1);
        viewModel.openLocation(second.location());
        viewModel.load();
        assertThat(viewModel.selectedProjectProperty().get()).isEqualTo(second);
        assertThat(opened).hasValue(1);
        assertThat(workspace.recentItems().list(1)).singleElement()
                .satisfies(item -> assertThat(item.location()).isEqualTo(second.location()));
    }

    @Test
    void typingKeepsADraftThatANewSessionOffersBack() {
        viewModel.load();
        Path main = mainTf();
        viewModel.openFile(main);
        EditorDocument document = viewModel.documents().get(0);
        ((StringBuffer) bufferOf(document)).type("# edited\n" + document.text());
        assertThat(document.isDirty()).isTrue();
        ManualDraftDelay.fireAll();
        assertThat(files.drafts().find(main)).isPresent();

        InfrastructureViewModel afterCrash = newViewModel();
        afterCrash.load();
        assertThat(afterCrash.recoverableDrafts()).singleElement().satisfies(d -> assertThat(d.file()).isEqualTo(main));
        afterCrash.recoverDrafts();
        assertThat(afterCrash.documents()).singleElement().satisfies(d -> {
            assertThat(d.text()).startsWith("# edited\n");
            assertThat(d.isDirty()).isTrue();
        });
        assertThat(afterCrash.recoverableDrafts()).isEmpty();
    }

    @Test
    void savingRecordsARevisionAndTheHistoryRestoresAnOlderOne() throws Exception {
        viewModel.load();
        Path main = mainTf();
        String original = Files.readString(main);
        viewModel.openFile(main);
        EditorDocument document = viewModel.documents().get(0);
        ((StringBuffer) bufferOf(document)).type("a = 1\n");
        document.save();
        assertThat(Files.readString(main)).isEqualTo("a = 1\n");
        assertThat(document.isDirty()).isFalse();
        assertThat(files.drafts().find(main)).isEmpty();

        HistoryViewModel history = viewModel.history(document);
        history.load();
        assertThat(history.revisions()).extracting(Revision::reason)
                .containsExactly(RevisionReason.SAVED, RevisionReason.OPENED);
        history.selectedProperty().set(history.revisions().get(1));
        assertThat(history.diff()).isNotEmpty();
        history.restoreSelected();
        assertThat(Files.readString(main)).isEqualTo(original);
        assertThat(files.revisions().list(main).get(0).reason()).isEqualTo(RevisionReason.RESTORED);
    }

    @Test
    void aFileChangedOnDiskReloadsACleanBufferAndAsksAboutADirtyOne() throws Exception {
        viewModel.load();
        Path main = mainTf();
        viewModel.openFile(main);
        EditorDocument document = viewModel.documents().get(0);

        Files.writeString(main, "changed = 1\n");
        viewModel.actions().checkDisk();
        assertThat(document.text()).isEqualTo("changed = 1\n");
        assertThat(document.noticeProperty().get()).contains("reloaded");

        ((StringBuffer) bufferOf(document)).type("mine = 1\n");
        Files.writeString(main, "theirs = 1\n");
        viewModel.actions().checkDisk();
        assertThat(document.conflictProperty().get()).isNotNull();
        assertThat(document.text()).isEqualTo("mine = 1\n");
        document.save(); // refused: the disk is not what the editor loaded
        assertThat(Files.readString(main)).isEqualTo("theirs = 1\n");
        document.keepMine();
        assertThat(Files.readString(main)).isEqualTo("mine = 1\n");
        assertThat(document.conflictProperty().get()).isNull();
        assertThat(files.revisions().list(main)).extracting(Revision::reason).contains(RevisionReason.CHANGED_ON_DISK);
    }

    @Test
    void searchAcrossTheProjectFindsPlainAndRegexMatches() {
        viewModel.load();
        viewModel.actions().search(SearchQuery.plain("VARIABLE \""));
        assertThat(viewModel.actions().searchHits()).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.lineText()).startsWith("variable \""));
        viewModel.actions().search(SearchQuery.regex("^(variable|output)\\s+\"\\w+\""));
        assertThat(viewModel.actions().searchHits()).isNotEmpty();
    }

    private Path mainTf() {
        return viewModel.treeProperty().get().files().stream().filter(p -> p.getFileName().toString().equals("main.tf"))
                .filter(p -> p.getParent().getFileName().toString().startsWith("terraform"))
                .findFirst().orElseThrow();
    }

    private static Object bufferOf(EditorDocument document) {
        try {
            var field = EditorDocument.class.getDeclaredField("buffer");
            field.setAccessible(true);
            return field.get(document);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
