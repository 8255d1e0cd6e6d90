package io.dataops.workbench.ui.infrastructure.plan;

import io.dataops.workbench.terraform.plan.PlanAction;
import io.dataops.workbench.terraform.plan.ResourceChange;
import io.dataops.workbench.terraform.run.RunInputs;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The plan view, a self-contained component the Infrastructure area hosts: Plan/Cancel/Apply, the summary line
 * and counts, a sortable and filterable resource table, the selected resource's attribute diff, and below the
 * live console and the plan history with comparison.
 */
public final class PlanPane extends VBox {

    private final PlanViewModel viewModel;
    private RunInputs lastInputs = RunInputs.none();

    public PlanPane(PlanViewModel viewModel) {
        this.viewModel = viewModel;
        setId("plan-pane");
        getStyleClass().add("plan-pane");
        Label summary = new Label();
        summary.setId("plan-summary");
        summary.getStyleClass().add("section-title");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        Label counts = new Label();
        counts.setId("plan-counts");
        counts.getStyleClass().add("muted");
        counts.textProperty().bind(viewModel.countsProperty());

        AttributeDiffPane diff = new AttributeDiffPane();
        viewModel.selectedProperty().addListener((obs, old, change) -> diff.show(change));
        SplitPane details = new SplitPane(resourcePane(), diff);
        details.setDividerPositions(0.5);
        SplitPane main = new SplitPane(details, bottomTabs());
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.68);
        VBox.setVgrow(main, Priority.ALWAYS);
        getChildren().addAll(toolbar(), summary, counts, main);
    }

    public PlanViewModel viewModel() {
        return viewModel;
    }

    private ToolBar toolbar() {
        Button plan = new Button("Plan\u2026");
        plan.setId("plan-run");
        plan.disableProperty().bind(viewModel.runningProperty());
        plan.setOnAction(e -> new RunDialog(getScene().getWindow(), lastInputs).showAndWait().ifPresent(inputs -> {
            lastInputs = inputs;
            viewModel.runPlan(inputs);
        }));
        Button cancel = new Button("Cancel");
        cancel.setId("plan-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        Button apply = new Button("Apply\u2026");
        apply.setId("plan-apply");
        apply.setOnAction(e -> confirmApply());
        Button jump = new Button("Open in editor");
        jump.setId("plan-jump");
        jump.disableProperty().bind(viewModel.selectedProperty().isNull());
        jump.setOnAction(e -> viewModel.jumpToSelected());
        Label status = new Label();
        status.setId("plan-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(viewModel.statusProperty());
        return new ToolBar(plan, cancel, apply, jump, status);
    }

    private void confirmApply() {
        if (!viewModel.canApply()) {
            new Alert(Alert.AlertType.INFORMATION, "Only a plan just made here, with changes, can be applied. Run Plan"
                    + " first.", ButtonType.OK).showAndWait();
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, viewModel.summaryProperty().get()
                + "\n\nApply exactly this plan?", ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText("Apply the plan");
        confirm.initOwner(getScene().getWindow());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.apply());
    }

    private VBox resourcePane() {
        ComboBox<PlanAction> action = new ComboBox<>(FXCollections.observableArrayList(PlanAction.values()));
        action.setId("plan-filter-action");
        action.setPromptText("Any action");
        TextField text = new TextField();
        text.setId("plan-filter-text");
        text.setPromptText("Filter by address, type, module, reason");
        CheckBox unchanged = new CheckBox("Unchanged too");
        unchanged.setId("plan-filter-unchanged");
        Runnable update = () -> viewModel.filterProperty().set(
                new ResourceFilter(action.getValue(), text.getText(), unchanged.isSelected()));
        action.valueProperty().addListener((o, a, b) -> update.run());
        text.textProperty().addListener((o, a, b) -> update.run());
        unchanged.selectedProperty().addListener((o, a, b) -> update.run());
        Button clear = new Button("All");
        clear.setOnAction(e -> action.setValue(null));
        HBox filters = new HBox(6, action, clear, text, unchanged);
        HBox.setHgrow(text, Priority.ALWAYS);

        SortedList<ResourceChange> sorted = new SortedList<>(viewModel.resources());
        TableView<ResourceChange> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("plan-resources");
        table.setPlaceholder(new Label("No resource changes to show"));
        table.getColumns().add(column("Action", 90, c -> c.action().symbol() + " " + c.action().label()));
        table.getColumns().add(column("Address", 240, ResourceChange::address));
        table.getColumns().add(column("Type", 120, ResourceChange::type));
        table.getColumns().add(column("Module", 110, ResourceRow::module));
        table.getColumns().add(column("Reason", 160, ResourceChange::reasonWords));
        table.getColumns().add(column("Notes", 160, ResourceRow::notes));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.select(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        table.setRowFactory(view -> {
            TableRow<ResourceChange> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.select(row.getItem());
                    viewModel.jumpToSelected();
                }
            });
            return row;
        });
        MenuItem open = new MenuItem("Open in editor");
        open.setId("plan-open-in-editor");
        open.setOnAction(e -> viewModel.jumpToSelected());
        table.setContextMenu(new ContextMenu(open));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(6, filters, table);
        pane.getStyleClass().add("detail-pane");
        return pane;
    }

    private TabPane bottomTabs() {
        ListView<String> console = new ListView<>(viewModel.console());
        console.setId("plan-console");
        console.setPlaceholder(new Label("Terraform's output appears here while it runs"));
        console.setStyle("-fx-font-family: monospace;");
        viewModel.console().addListener((ListChangeListener<String>) change -> {
            if (!console.getItems().isEmpty()) {
                console.scrollTo(console.getItems().size() - 1);
            }
        });
        Tab consoleTab = new Tab("Console", console);
        Tab historyTab = new Tab("History", new PlanHistoryPane(viewModel.history()));
        historyTab.setId("plan-history-tab");
        TabPane tabs = new TabPane(consoleTab, historyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static TableColumn<ResourceChange, String> column(String title, double width,
                                                             Function<ResourceChange, String> text) {
        TableColumn<ResourceChange, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
