package io.dataops.workbench.ui.infrastructure.intel;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.terraform.intel.Location;
import io.dataops.workbench.terraform.intel.Navigation;
import io.dataops.workbench.terraform.intel.Problem;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The project's diagnostics (Problems) and the last find-references result (References); a click opens the place. */
public final class ProblemsPane {

    private ProblemsPane() {
    }

    public static VBox problems(IntelViewModel viewModel, Consumer<Location> open) {
        ListView<Problem> list = new ListView<>(viewModel.problems());
        list.setId("intel-problems");
        list.setPlaceholder(new Label("No problems in the project"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Problem problem, boolean empty) {
                super.updateItem(problem, empty);
                getStyleClass().removeAll("problem-error", "problem-warning");
                if (empty || problem == null) {
                    setText(null);
                    return;
                }
                boolean error = problem.severity() == Diagnostic.Severity.ERROR;
                getStyleClass().add(error ? "problem-error" : "problem-warning");
                setText((error ? "\u2716 " : "\u26a0 ") + relative(viewModel, problem.location().file()) + ":"
                        + problem.location().line() + "   " + problem.message());
            }
        });
        list.setOnMouseClicked(event -> {
            Problem problem = list.getSelectionModel().getSelectedItem();
            if (problem != null) {
                open.accept(problem.location());
            }
        });
        Label status = new Label();
        status.setId("intel-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(viewModel.statusProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        javafx.scene.control.MenuItem fromProject = new javafx.scene.control.MenuItem(
                "From the project (terraform providers schema -json, after init)");
        fromProject.setOnAction(event -> viewModel.importSchemaFromProject());
        javafx.scene.control.MenuItem fromFile = new javafx.scene.control.MenuItem("From a saved JSON file\u2026");
        javafx.scene.control.MenuButton importSchema = new javafx.scene.control.MenuButton("Import provider schema",
                null, fromProject, fromFile);
        importSchema.setId("intel-import-schema");
        fromFile.setOnAction(event -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Output of terraform providers schema -json");
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("JSON", "*.json"));
            java.io.File file = chooser.showOpenDialog(importSchema.getScene().getWindow());
            if (file != null) {
                viewModel.importSchemaFromFile(file.toPath());
            }
        });
        importSchema.setOnShowing(event -> importSchema.getItems().forEach(i -> i.setDisable(!viewModel.canImportSchemas())));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.layout.HBox header = new javafx.scene.layout.HBox(8, status, spacer, importSchema);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(4, header, list);
    }

    public static ListView<Navigation.Usage> references(IntelViewModel viewModel, Consumer<Location> open) {
        ListView<Navigation.Usage> list = new ListView<>(viewModel.usages());
        list.setId("intel-references");
        list.setPlaceholder(new Label("Shift+F12 on a name lists its references here"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Navigation.Usage usage, boolean empty) {
                super.updateItem(usage, empty);
                setText(empty || usage == null ? null : relative(viewModel, usage.location().file()) + ":"
                        + usage.location().line() + "   " + (usage.reference() != null
                        ? usage.reference().reference().text() : "argument of module." + usage.call().get().name()));
            }
        });
        list.setOnMouseClicked(event -> {
            Navigation.Usage usage = list.getSelectionModel().getSelectedItem();
            if (usage != null) {
                open.accept(usage.location());
            }
        });
        return list;
    }

    static String relative(IntelViewModel viewModel, Path file) {
        Function<Path, String> relative = root -> root.relativize(file).toString();
        return viewModel.snapshot().map(s -> relative.apply(s.root())).orElse(String.valueOf(file.getFileName()));
    }
}
