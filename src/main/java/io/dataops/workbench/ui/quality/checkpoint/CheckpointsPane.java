package io.dataops.workbench.ui.quality.checkpoint;

import io.dataops.workbench.quality.history.HistoryKey;
import io.dataops.workbench.quality.history.RunDetail;
import io.dataops.workbench.quality.history.RunSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Create and run checkpoints; a suite's history on an asset as trend charts, its runs and any run's detail. */
public final class CheckpointsPane extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public CheckpointsPane(CheckpointsViewModel viewModel) {
        super(8);
        setId("checkpoints");
        getStyleClass().add("builder-column");
        TextField name = new TextField();
        name.setId("checkpoint-name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        Button create = new Button("Create for this suite and asset");
        create.setId("checkpoint-create");
        create.setOnAction(event -> viewModel.create());
        Button run = new Button("Run");
        run.setId("checkpoint-run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(viewModel.runningProperty());
        run.setOnAction(event -> viewModel.run());
        Button cancel = new Button("Cancel");
        cancel.setId("checkpoint-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(event -> viewModel.cancel());
        ProgressBar progress = new ProgressBar();
        progress.visibleProperty().bind(viewModel.runningProperty());
        Label status = new Label();
        status.setId("checkpoint-status");
        status.setWrapText(true);
        // A failed publication explains itself in a few lines: let them show instead of an ellipsis.
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(viewModel.statusProperty());
        HBox bar = new HBox(6, new Label("Checkpoint"), name, create, run, cancel, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        CheckBox cloudWatch = new CheckBox("Also publish metrics to CloudWatch");
        cloudWatch.setId("checkpoint-cloudwatch");
        cloudWatch.selectedProperty().bindBidirectional(viewModel.publishToCloudWatchProperty());
        TextField profile = new TextField();
        profile.setId("checkpoint-cloudwatch-profile");
        profile.setPromptText("profile (default chain)");
        profile.textProperty().bindBidirectional(viewModel.cloudWatchProfileProperty());
        TextField region = new TextField();
        region.setId("checkpoint-cloudwatch-region");
        region.setPromptText("region (e.g. eu-west-1)");
        region.textProperty().bindBidirectional(viewModel.cloudWatchRegionProperty());
        profile.disableProperty().bind(cloudWatch.selectedProperty().not());
        region.disableProperty().bind(cloudWatch.selectedProperty().not());
        HBox actions = new HBox(6, new Label("On Create:"), cloudWatch, profile, region);
        actions.setAlignment(Pos.CENTER_LEFT);

        ComboBox<HistoryKey> series = new ComboBox<>(viewModel.series());
        series.setId("history-series");
        series.setPromptText("No runs stored yet");
        series.valueProperty().bindBidirectional(viewModel.selectedSeriesProperty());
        series.setConverter(new StringConverter<>() {
            @Override
            public String toString(HistoryKey key) {
                return key == null ? "" : key.label();
            }

            @Override
            public HistoryKey fromString(String text) {
                return null;
            }
        });
        Button refresh = new Button("Refresh");
        refresh.setOnAction(event -> viewModel.refresh(Optional.empty()));
        HBox history = new HBox(6, new Label("History of"), series, refresh);
        history.setAlignment(Pos.CENTER_LEFT);

        ListView<RunSummary> runs = new ListView<>(viewModel.runs());
        runs.setId("history-runs");
        runs.setPrefWidth(260);
        runs.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RunSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (item.success() ? "\u2714 " : "\u2716 ") + TIME.format(item.runAt())
                        + "  " + item.successful() + "/" + item.evaluated());
            }
        });
        runs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedRunProperty().set(now);
            }
        });
        viewModel.selectedRunProperty().addListener((obs, old, now) -> {
            if (now != runs.getSelectionModel().getSelectedItem()) {
                runs.getSelectionModel().select(now);
            }
        });
        Label detailTitle = new Label();
        detailTitle.setId("run-detail-title");
        detailTitle.getStyleClass().add("section-title");
        viewModel.detailProperty().addListener((obs, old, now) -> detailTitle.setText(title(now)));
        VBox detail = new VBox(4, detailTitle, RunDetailTable.create(viewModel.detailProperty()));
        VBox.setVgrow(detail.getChildren().get(1), Priority.ALWAYS);
        SplitPane lower = new SplitPane(runs, detail);
        lower.setDividerPositions(0.28);
        SplitPane charts = new SplitPane(new TrendCharts(viewModel.trend()), lower);
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.4);
        VBox.setVgrow(charts, Priority.ALWAYS);
        getChildren().addAll(bar, actions, status, history, charts);
    }

    private static String title(RunDetail detail) {
        if (detail == null) {
            return "";
        }
        return "Run of " + TIME.format(detail.run().runAt()) + " on " + detail.run().batchLabel() + ": "
                + detail.failures().size() + " failing, " + detail.unexpectedCount() + " unexpected values"
                + (detail.masked() ? " (values masked)" : "");
    }
}
