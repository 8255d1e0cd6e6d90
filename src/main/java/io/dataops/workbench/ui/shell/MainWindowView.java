package io.dataops.workbench.ui.shell;

import io.dataops.workbench.ui.common.TaskRunner;
import io.dataops.workbench.workspace.RecentItem;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window: navigation rail on the left, the open area in the middle, the status bar below. */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final Map<WorkbenchArea, ToggleButton> navButtons = new EnumMap<>(WorkbenchArea.class);

    /**
     * {@code areaViews} build each area's view; an area is built the first time it is opened, so
     * starting shows one area's controls, not all of them.
     */
    public MainWindowView(MainWindowViewModel viewModel, Map<WorkbenchArea, Supplier<Node>> areaViews,
                          TaskRunner runner, String workspaceText) {
        this.viewModel = viewModel;
        root.setId("main-window");
        root.setLeft(sidebar());
        root.setCenter(content(areaViews));
        root.setBottom(new StatusBarView(workspaceText, runner.runningTasks()));
    }

    public Parent root() {
        return root;
    }

    /** Ctrl+1..4 (Cmd on macOS) open the areas in rail order. */
    public void installShortcuts(Scene scene) {
        for (WorkbenchArea area : WorkbenchArea.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + area.shortcutNumber());
            scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN),
                    () -> viewModel.select(area));
        }
    }

    private VBox sidebar() {
        Label appName = new Label("DataOps Workbench");
        appName.getStyleClass().add("app-name");
        VBox sidebar = new VBox(appName);
        sidebar.setId("sidebar");
        sidebar.getStyleClass().add("sidebar");
        ToggleGroup group = new ToggleGroup();
        for (WorkbenchArea area : WorkbenchArea.values()) {
            ToggleButton button = new ToggleButton(area.label());
            button.setId(area.navId());
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(group);
            button.setUserData(area);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(area.label() + " (Ctrl+" + area.shortcutNumber() + ")"));
            navButtons.put(area, button);
            sidebar.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> onToggle(group, old, now));
        viewModel.selectedAreaProperty().addListener((obs, old, now) -> navButtons.get(now).setSelected(true));
        navButtons.get(viewModel.selectedAreaProperty().get()).setSelected(true);
        Label recentLabel = new Label("RECENT");
        recentLabel.getStyleClass().add("section-label");
        sidebar.getChildren().addAll(recentLabel, recentList());
        return sidebar;
    }

    private void onToggle(ToggleGroup group, Toggle old, Toggle now) {
        if (now == null) {
            group.selectToggle(old); // the rail always has one area open
        } else {
            viewModel.select((WorkbenchArea) now.getUserData());
        }
    }

    private ListView<RecentItem> recentList() {
        ListView<RecentItem> list = new ListView<>(viewModel.recentItems());
        list.setId("recent-items");
        list.getStyleClass().add("recent-list");
        Label placeholder = new Label("Projects and data assets you open are listed here.");
        placeholder.getStyleClass().add("muted");
        placeholder.setWrapText(true);
        placeholder.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        placeholder.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        placeholder.setPadding(new javafx.geometry.Insets(2, 8, 2, 8));
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(RecentItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setTooltip(empty || item == null ? null : new Tooltip(item.location()));
            }
        });
        list.setOnMouseClicked(event -> {
            RecentItem item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                viewModel.openRecent(item);
                list.getSelectionModel().clearSelection();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private StackPane content(Map<WorkbenchArea, Supplier<Node>> areaViews) {
        for (WorkbenchArea area : WorkbenchArea.values()) {
            if (!areaViews.containsKey(area)) {
                throw new IllegalArgumentException("No view for " + area);
            }
        }
        StackPane stack = new StackPane();
        stack.setId("area-stack");
        Map<WorkbenchArea, Node> built = new EnumMap<>(WorkbenchArea.class);
        Consumer<WorkbenchArea> show = area -> built.computeIfAbsent(area, key -> {
            Node view = areaViews.get(key).get();
            view.setId(key.contentId());
            view.visibleProperty().bind(viewModel.selectedAreaProperty().isEqualTo(key));
            view.managedProperty().bind(view.visibleProperty());
            stack.getChildren().add(view);
            return view;
        });
        viewModel.selectedAreaProperty().addListener((obs, old, now) -> show.accept(now));
        show.accept(viewModel.selectedAreaProperty().get());
        return stack;
    }
}
