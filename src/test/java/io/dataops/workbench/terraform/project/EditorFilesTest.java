package io.dataops.workbench.terraform.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorFilesTest {

    @TempDir
    Path directory;
    private Workspace workspace;
    private EditorFiles files;
    private Path project;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(directory.resolve("ws"));
        files = new EditorFiles(new JdbcDraftStore(workspace::connect), new JdbcRevisionStore(workspace::connect));
        project = Files.createDirectories(directory.resolve("project"));
        Files.writeString(project.resolve("main.tf"), "a = 1\n");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void draftsSurviveAReopenOfTheWorkspaceUntilTheFileIsSaved() {
        Path main = project.resolve("main.tf");
        OpenedFile opened = files.open(main);
        files.keepDraft(main, "a = 2\n", Optional.of(opened.diskHash()));
        files.keepDraft(main, "a = 3\n", Optional.of(opened.diskHash()));
        workspace.close();

        workspace = Workspace.open(directory.resolve("ws"));
        files = new EditorFiles(new JdbcDraftStore(workspace::connect), new JdbcRevisionStore(workspace::connect));
        assertThat(files.drafts().under(project)).singleElement()
                .satisfies(draft -> assertThat(draft.content()).isEqualTo("a = 3\n"));
        assertThat(files.open(main).draft()).map(Draft::content).contains("a = 3\n");
        assertThat(files.drafts().under(directory.resolve("proj"))).isEmpty();

        files.save(main, "a = 3\n", Optional.of(opened.diskHash()), RevisionReason.SAVED);
        assertThat(files.drafts().under(project)).isEmpty();
    }

    @Test
    void everySaveIsARevisionAndTheFirstOpenKeepsTheOriginal() throws Exception {
        Path main = project.resolve("main.tf");
        OpenedFile opened = files.open(main);
        String hash = files.save(main, "a = 2\n", Optional.of(opened.diskHash()), RevisionReason.SAVED);
        files.save(main, "a = 3\n", Optional.of(hash), RevisionReason.SAVED);
        assertThat(Files.readString(main)).isEqualTo("a = 3\n");
        var revisions = files.revisions().list(main);
        assertThat(revisions).extracting(Revision::reason)
                .containsExactly(RevisionReason.SAVED, RevisionReason.SAVED, RevisionReason.OPENED);
        assertThat(files.revisions().content(revisions.get(2).id())).isEqualTo("a = 1\n");
        files.open(main); // same content as the newest revision: not recorded again
        assertThat(files.revisions().list(main)).hasSize(3);
    }

    @Test
    void savingOverAFileChangedByAnotherProgramIsRefusedUntilTheUserChoosesToOverwrite() throws Exception {
        Path main = project.resolve("main.tf");
        OpenedFile opened = files.open(main);
        Files.writeString(main, "a = 100\n");
        assertThatThrownBy(() -> files.save(main, "mine\n", Optional.of(opened.diskHash()), RevisionReason.SAVED))
                .isInstanceOf(DiskConflictException.class)
                .satisfies(e -> assertThat(((DiskConflictException) e).onDisk().content()).contains("a = 100\n"));
        assertThat(Files.readString(main)).isEqualTo("a = 100\n");

        files.overwrite(main, "mine\n");
        assertThat(Files.readString(main)).isEqualTo("mine\n");
        assertThat(files.revisions().list(main)).extracting(Revision::reason)
                .containsExactly(RevisionReason.SAVED, RevisionReason.OVERWRITTEN, RevisionReason.OPENED);
    }

    @Test
    void theWatchNoticesAChangeOnceAndADeleteAndIgnoresATouch() throws Exception {
        Path main = project.resolve("main.tf");
        OpenedFile opened = files.open(main);
        DiskWatch watch = new DiskWatch();
        watch.expect(main, Optional.of(opened.diskHash()));
        assertThat(watch.check()).isEmpty();

        Files.setLastModifiedTime(main, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(watch.check()).isEmpty();

        Files.writeString(main, "changed = true\n");
        assertThat(watch.check()).singleElement()
                .satisfies(change -> assertThat(change.now().content()).contains("changed = true\n"));
        assertThat(watch.check()).isEmpty();

        Files.delete(main);
        assertThat(watch.check()).singleElement().satisfies(change -> assertThat(change.deleted()).isTrue());
    }
}
