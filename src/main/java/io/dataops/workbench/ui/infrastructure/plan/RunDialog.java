package io.dataops.workbench.ui.infrastructure.plan;

import io.dataops.workbench.terraform.run.RunInputs;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for the plan's inputs: var-files, -var values, -targets (one per line) and the Terraform workspace. */
final class RunDialog extends Dialog<RunInputs> {

    static final ButtonType PLAN = new ButtonType("Plan", ButtonBar.ButtonData.OK_DONE);

    private final TextArea varFiles = area("plan-input-var-files", "one file per line, e.g. prod.tfvars");
    private final TextArea vars = area("plan-input-vars", "NAME=VALUE, one per line");
    private final TextArea targets = area("plan-input-targets", "resource address per line");
    private final TextField workspace = new TextField();

    RunDialog(Window owner, RunInputs previous) {
        initOwner(owner);
        setTitle("Plan");
        setHeaderText("terraform init and plan with these inputs");
        workspace.setId("plan-input-workspace");
        workspace.setPromptText("current workspace");
        varFiles.setText(String.join("\n", previous.varFiles().stream().map(Path::toString).toList()));
        vars.setText(String.join("\n", previous.vars().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        targets.setText(String.join("\n", previous.targets()));
        workspace.setText(previous.workspace());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Var-files"), varFiles);
        grid.addRow(1, new Label("-var"), vars);
        grid.addRow(2, new Label("-target"), targets);
        grid.addRow(3, new Label("Terraform workspace"), workspace);
        getDialogPane().setContent(grid);
        getDialogPane().setId("plan-run-dialog");
        getDialogPane().getButtonTypes().addAll(PLAN, ButtonType.CANCEL);
        setResultConverter(button -> button == PLAN ? inputs().orElse(null) : null);
    }

    /** The inputs typed so far; empty when a -var line is not NAME=VALUE. */
    Optional<RunInputs> inputs() {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String line : lines(vars.getText())) {
            try {
                Map.Entry<String, String> entry = RunInputs.parseVar(line);
                parsed.put(entry.getKey(), entry.getValue());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new RunInputs(lines(varFiles.getText()).stream().map(Path::of).toList(), parsed,
                lines(targets.getText()), workspace.getText()));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setPrefRowCount(2);
        area.setPrefColumnCount(36);
        return area;
    }
}
