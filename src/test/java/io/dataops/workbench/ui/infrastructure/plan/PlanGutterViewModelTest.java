package io.dataops.workbench.ui.infrastructure.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.terraform.history.PlanHistory;
import io.dataops.workbench.terraform.plan.BlockActions;
import io.dataops.workbench.terraform.plan.Plan;
import io.dataops.workbench.terraform.plan.PlanAction;
import io.dataops.workbench.terraform.plan.PlanJsonReader;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.workspace.Area;
import io.dataops.workbench.workspace.Project;
import io.dataops.workbench.workspace.Workspace;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gutter follows the latest stored plan of the current project, without the toolkit. */
class PlanGutterViewModelTest {

    @TempDir
    Path temp;
    private Workspace workspace;
    private PlanHistory history;
    private Project project;
    private Project other;
    private final SimpleObjectProperty<Project> current = new SimpleObjectProperty<>();
    private final ObservableList<io.dataops.workbench.terraform.history.PlanRecord> records =
            FXCollections.observableArrayList();

    @BeforeEach
    void setUp() throws IOException {
        workspace = Workspace.open(temp.resolve("ws"));
        history = new PlanHistory(workspace::connect);
        Path dir = Files.createDirectories(temp.resolve("proj"));
        Files.writeString(dir.resolve("main.tf"), "resource \"terraform_data\" \"a\" {}\n\nresource \"terraform_data\" \"b\" {}\n");
        project = workspace.projects().add("proj", Area.INFRASTRUCTURE, dir.toString(), "");
        other = workspace.projects().add("other", Area.INFRASTRUCTURE, Files.createDirectories(temp.resolve("o")).toString(), "");
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private static Plan plan(String actionOfA, String actionOfB) {
        String json = ("{\"format_version\":\"1.2\",\"resource_changes\":["
                + "{\"address\":\"terraform_data.a\",\"mode\":\"managed\",\"type\":\"terraform_data\",\"name\":\"a\","
                + "\"change\":{\"actions\":[\"%s\"],\"before\":null,\"after\":{}}},"
                + "{\"address\":\"terraform_data.b\",\"mode\":\"managed\",\"type\":\"terraform_data\",\"name\":\"b\","
                + "\"change\":{\"actions\":[\"%s\"],\"before\":{},\"after\":{}}}]}").formatted(actionOfA, actionOfB);
        return PlanJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void marksComeFromTheNewestStoredPlanOfTheCurrentProject() {
        PlanGutterViewModel gutter = new PlanGutterViewModel(history, new SameThreadTaskRunner(), current, records);
        current.set(project);
        Path main = Path.of(project.location(), "main.tf");
        history.save("proj", project.location(), "default", "", plan("create", "no-op"), "Plan: 1 to add");
        records.setAll(history.list(project.location()));
        BlockActions marks = gutter.marksProperty().get();
        assertThat(marks.at(main, 1)).map(BlockActions.Mark::action).contains(PlanAction.CREATE);
        assertThat(marks.at(main, 3)).isEmpty();

        history.save("proj", project.location(), "default", "", plan("no-op", "delete"), "Plan: 1 to destroy");
        records.setAll(history.list(project.location()));
        marks = gutter.marksProperty().get();
        assertThat(marks.at(main, 1)).isEmpty();
        assertThat(marks.at(main, 3)).map(BlockActions.Mark::action).contains(PlanAction.DELETE);

        current.set(other);
        records.setAll(history.list(other.location()));
        assertThat(gutter.marksProperty().get().isEmpty()).as("another project without plans").isTrue();
    }
}
