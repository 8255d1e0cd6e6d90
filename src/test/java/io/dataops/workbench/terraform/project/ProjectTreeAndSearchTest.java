package io.dataops.workbench.terraform.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.editing.SearchQuery;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectTreeAndSearchTest {

    @TempDir
    Path project;

    @Test
    void theTreeShowsTerraformFilesAndModuleFoldersOnly() throws Exception {
        write("main.tf", "module \"web\" {\n  source = \"./modules/web\"\n}\n");
        write("terraform.tfvars", "env = \"dev\"\n");
        write("README.md", "not shown");
        write("modules/web/main.tf", "variable \"env\" {}\n");
        write(".terraform/modules/x.tf", "hidden");
        Files.createDirectories(project.resolve("empty"));

        ProjectTreeNode root = ProjectTree.read(project, TaskContext.none());
        assertThat(root.children()).extracting(ProjectTreeNode::name)
                .containsExactly("modules", "main.tf", "terraform.tfvars");
        assertThat(root.files()).extracting(p -> project.relativize(p).toString().replace('\\', '/'))
                .containsExactly("modules/web/main.tf", "main.tf", "terraform.tfvars");
    }

    @Test
    void searchFindsPlainAndRegexMatchesAndPrefersOpenBuffers() throws Exception {
        Path main = write("main.tf", "variable \"env\" {}\noutput \"o\" { value = var.env }\n");
        write("modules/web/main.tf", "value = var.ENV_NAME\n");
        ProjectTreeNode root = ProjectTree.read(project, TaskContext.none());

        List<SearchHit> plain = ProjectSearch.search(root, SearchQuery.plain("var.env"), Map.of(), TaskContext.none());
        assertThat(plain).extracting(SearchHit::line, SearchHit::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 9), org.assertj.core.groups.Tuple.tuple(2, 22));

        List<SearchHit> regex = ProjectSearch.search(root, SearchQuery.regex("var\\.[a-z]+\\b"), Map.of(),
                TaskContext.none());
        assertThat(regex).singleElement().satisfies(hit -> assertThat(hit.lineText()).contains("value = var.env"));

        List<SearchHit> buffered = ProjectSearch.search(root, SearchQuery.plain("unsaved"),
                Map.of(main, "# unsaved edit\n"), TaskContext.none());
        assertThat(buffered).singleElement().satisfies(hit -> assertThat(hit.file()).isEqualTo(main));
    }

    @Test
    void filesAreCreatedRenamedAndDeletedWithTheContentKept(@TempDir Path workspaceDir) throws Exception {
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            JdbcRevisionStore revisions = new JdbcRevisionStore(workspace::connect);
            ProjectFileOperations operations = new ProjectFileOperations(project, revisions);
            Path created = operations.create(project, "network.tf");
            assertThat(created).exists();
            assertThatThrownBy(() -> operations.create(project, "notes.txt")).isInstanceOf(UserFacingException.class);
            assertThatThrownBy(() -> operations.create(project, "../x.tf")).isInstanceOf(UserFacingException.class);
            Files.writeString(created, "a = 1\n");
            Path renamed = operations.rename(created, "net.tf");
            assertThat(renamed).exists();
            assertThat(created).doesNotExist();
            operations.delete(renamed);
            assertThat(renamed).doesNotExist();
            assertThat(revisions.list(renamed)).singleElement()
                    .satisfies(r -> assertThat(revisions.content(r.id())).isEqualTo("a = 1\n"));
        }
    }

    @Test
    void theSideBySideDiffPairsChangedLinesAndPadsAddedOnes() {
        List<DiffRow> rows = SideBySideDiff.of("a\nb\nc\n", "a\nB\nc\nd\n");
        assertThat(rows).extracting(DiffRow::kind).containsExactly(DiffRow.Kind.SAME, DiffRow.Kind.CHANGED,
                DiffRow.Kind.SAME, DiffRow.Kind.ADDED);
        assertThat(rows.get(3).oldLine()).isEmpty();
        assertThat(rows.get(3).newLine()).hasValue(4);
        assertThat(SideBySideDiff.differs(SideBySideDiff.of("x\n", "x\n"))).isFalse();
    }

    private Path write(String relative, String content) throws Exception {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
