package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The expectation builder: suggestions for the picked column or statistic (and the catalog) on the left; the
 * suite's expectations, the selected one's form and its live result in the middle; the JSON and the versions
 * on the right.
 */
public final class BuilderPane extends SplitPane {

    private final ColumnFocusBar focus;

    public BuilderPane(BuilderViewModel viewModel) {
        setId("builder");
        SuiteBuilderViewModel suite = viewModel.suite();
        focus = new ColumnFocusBar(suite);
        SplitPane middle = new SplitPane(expectations(suite), formAndResult(viewModel));
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.3);
        getItems().addAll(left(viewModel), middle, right(viewModel));
        setDividerPositions(0.37, 0.67);
    }

    /** Shows the suggestions for a column the profile view selected. */
    public void focusColumn(io.dataops.workbench.quality.profile.ColumnProfile column) {
        focus.select(column);
    }

    private TabPane left(BuilderViewModel viewModel) {
        SuiteBuilderViewModel suite = viewModel.suite();
        Button suggestSuite = new Button("Suggest a suite");
        suggestSuite.setId("builder-suggest-suite");
        suggestSuite.getStyleClass().add("accent");
        suggestSuite.setOnAction(event -> suite.suggestSuite());
        Button acceptAll = new Button("Accept all");
        acceptAll.setId("builder-accept-all");
        acceptAll.setOnAction(event -> suite.acceptAll());
        acceptAll.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(suite.suggestions()));
        Label title = new Label();
        title.setId("builder-suggestions-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(suite.suggestionsTitleProperty());
        ListView<SuggestedExpectation> suggestions = new ListView<>(suite.suggestions());
        suggestions.setId("builder-suggestions");
        Label none = new Label("Pick a column or a statistic, or press Suggest a suite.");
        none.setWrapText(true);
        suggestions.setPlaceholder(none);
        suggestions.setCellFactory(list -> new SuggestionCell(suite));
        VBox.setVgrow(suggestions, Priority.ALWAYS);
        focus.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(6, focus, new HBox(6, suggestSuite, acceptAll), title, suggestions);
        box.getStyleClass().add("builder-column");
        CatalogPane catalog = new CatalogPane(viewModel.catalog(), suite, this::selectedColumn);
        catalog.getStyleClass().add("builder-column");
        TabPane tabs = new TabPane(tab("Suggestions", box, "builder-tab-suggestions"),
                tab("Catalog", catalog, "builder-tab-catalog"));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Optional<String> selectedColumn() {
        return Optional.ofNullable(focus.selectedColumn());
    }

    private static VBox expectations(SuiteBuilderViewModel suite) {
        TextField name = new TextField();
        name.setId("builder-suite-name");
        name.textProperty().bindBidirectional(suite.suiteNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button remove = new Button("Remove");
        remove.setId("builder-remove");
        remove.setOnAction(event -> suite.removeSelected());
        ListView<ExpectationConfig> list = new ListView<>(suite.expectations());
        list.setId("builder-expectations");
        Label empty = new Label("The suite is empty: accept suggestions or add from the catalog.");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ExpectationConfig item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.type()
                        + Optional.ofNullable(item.kwargs().get("column")).map(c -> "  \u00b7  " + c).orElse(""));
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                suite.selectedIndexProperty().set(now.intValue());
            }
        });
        suite.selectedIndexProperty().addListener((obs, old, now) -> {
            if (list.getSelectionModel().getSelectedIndex() != now.intValue()) {
                list.getSelectionModel().select(now.intValue());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label label = new Label("Suite");
        label.setMinWidth(Label.USE_PREF_SIZE);
        remove.setMinWidth(Button.USE_PREF_SIZE);
        HBox row = new HBox(6, label, name, remove);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, row, list);
        box.getStyleClass().add("builder-column");
        return box;
    }

    private static ScrollPane formAndResult(BuilderViewModel viewModel) {
        VBox box = new VBox(10, new KwargForm(viewModel.suite(), viewModel.catalog()),
                new LiveResultPane(viewModel.preview()));
        box.getStyleClass().add("builder-column");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static TabPane right(BuilderViewModel viewModel) {
        TabPane tabs = new TabPane(tab("Suite JSON", new SuiteJsonPane(viewModel.suite()), "builder-tab-json"),
                tab("Versions", new VersionsPane(viewModel.versions()), "builder-tab-versions"));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static Tab tab(String title, javafx.scene.Node content, String id) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
