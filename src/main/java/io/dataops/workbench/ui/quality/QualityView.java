package io.dataops.workbench.ui.quality;

import io.dataops.workbench.ui.common.AreaHeader;
import io.dataops.workbench.ui.quality.builder.BuilderPane;
import io.dataops.workbench.ui.quality.checkpoint.CheckpointsPane;
import io.dataops.workbench.ui.quality.docs.DataDocsPane;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Data Quality area: data sources and the asset browser on the left; on the right the profile (one row
 * per column, the selected column's detail) and the comparison of two stored profiles.
 */
public final class QualityView extends VBox {

    public QualityView(QualityViewModel viewModel) {
        getStyleClass().addAll("area", "quality-area");
        getStylesheets().add(QualityView.class.getResource("quality.css").toExternalForm());
        SplitPane left = new SplitPane(new SourcesPane(viewModel.sources()), new AssetBrowserPane(viewModel.browser()));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.42);
        left.getStyleClass().add("quality-left");
        SplitPane split = new SplitPane(left);
        split.getItems().add(right(viewModel, wide -> split.setDividerPositions(wide ? 0.0 : 0.26)));
        split.setDividerPositions(0.26);
        left.setMinWidth(0);
        SplitPane.setResizableWithParent(left, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(
                new AreaHeader("Data Quality", "Point the workbench at a file or a database table and see what is in"
                        + " it: types, nulls, ranges, distributions, duplicates and freshness."),
                split);
    }

    /** {@code wide} is told true while a builder tab is shown: sources and assets fold away to give it room. */
    private static VBox right(QualityViewModel viewModel, java.util.function.Consumer<Boolean> wide) {
        ProfileViewModel profile = viewModel.profile();
        TabPane tabs = new TabPane(tab("Profile", new ProfilePane(profile)),
                tab("Compare", new ComparisonPane(viewModel.comparison())),
                lazyTab("Build suite", () -> {
                    BuilderPane builder = new BuilderPane(viewModel.builder());
                    builder.focusColumn(profile.selectedColumnProperty().get());
                    profile.selectedColumnProperty().addListener((obs, old, now) -> builder.focusColumn(now));
                    return builder;
                }),
                lazyTab("Checkpoints", () -> new CheckpointsPane(viewModel.checkpoints())),
                lazyTab("Data docs", () -> new DataDocsPane(viewModel.docs())));
        tabs.setId("quality-tabs");
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> wide.accept(now.intValue() >= 2));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox right = new VBox(8, toolbar(viewModel), tabs);
        right.getStyleClass().add("detail-pane");
        return right;
    }

    private static VBox toolbar(QualityViewModel viewModel) {
        ProfileViewModel profile = viewModel.profile();
        Button run = new Button("Profile");
        run.setId("quality-profile");
        run.getStyleClass().add("accent");
        run.setOnAction(event -> viewModel.profileSelected());
        run.disableProperty().bind(profile.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("quality-profile-cancel");
        cancel.setOnAction(event -> profile.cancel());
        cancel.disableProperty().bind(profile.runningProperty().not());
        CheckBox approximate = new CheckBox("Approximate distinct");
        approximate.setId("quality-approximate");
        approximate.selectedProperty().bindBidirectional(profile.approximateProperty());
        TextField sample = new TextField();
        sample.setId("quality-sample-rows");
        sample.setPromptText("all rows");
        sample.setPrefColumnCount(7);
        sample.textProperty().bindBidirectional(profile.sampleRowsProperty());
        Button paymentsSample = new Button("Profile the payments sample");
        paymentsSample.setId("quality-profile-sample");
        paymentsSample.setOnAction(event -> viewModel.profilePaymentsSample());
        paymentsSample.disableProperty().bind(profile.runningProperty());
        Label status = new Label();
        status.setId("quality-profile-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(profile.statusProperty());
        status.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, run, cancel, approximate, new Label("Sample rows"), sample, gap, paymentsSample);
        bar.setAlignment(Pos.CENTER_LEFT);
        // Buttons keep their text; the status goes on its own line, where long messages may wrap.
        bar.getChildren().forEach(node -> {
            if (node instanceof Region region && node != gap) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        return new VBox(4, bar, status);
    }

    /** A tab whose content is made when it is first shown: the area opens as fast as before the builder came. */
    private static Tab lazyTab(String title, java.util.function.Supplier<javafx.scene.Node> content) {
        Tab tab = tab(title, null);
        tab.selectedProperty().addListener((obs, old, now) -> {
            if (now && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("quality-tab-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return tab;
    }
}
