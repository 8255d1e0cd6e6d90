package io.dataops.workbench.ui.monitoring.alarm;

import io.dataops.workbench.monitor.alarm.AlarmEvaluation;
import io.dataops.workbench.monitor.alarm.AlarmState;
import io.dataops.workbench.monitor.alarm.ComparisonOperator;
import io.dataops.workbench.monitor.alarm.TreatMissingData;
import io.dataops.workbench.monitor.chart.XySeries;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.ui.monitoring.chart.ChartSeries;
import io.dataops.workbench.ui.monitoring.chart.StateMarker;
import io.dataops.workbench.ui.monitoring.chart.ThresholdLine;
import io.dataops.workbench.ui.monitoring.chart.TimeSeriesChart;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import io.dataops.workbench.ui.common.DisplayText;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The alarm editor: the form on the left; the backtest chart, its evaluations and the "why" on the right. */
public final class AlarmEditorView extends SplitPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AlarmEditorViewModel model;
    private final TimeSeriesChart chart = new TimeSeriesChart();
    private final javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 6);

    public AlarmEditorView(AlarmEditorViewModel model) {
        this.model = model;
        getStyleClass().add("alarm-editor");
        getItems().addAll(form(), results());
        setDividerPositions(0.40);
        model.backtestSeries().addListener((o, old, now) -> drawBacktest());
        model.stateChanges().addListener((javafx.collections.ListChangeListener<AlarmEvaluation>) c -> drawBacktest());
    }

    private VBox form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        // Labels keep their full width; the fields take what is left.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        ComboBox<MetricDescriptor> metric = new ComboBox<>(model.metrics());
        metric.setId("alarm-metric");
        metric.setPromptText("Choose a metric");
        metric.setMaxWidth(Double.MAX_VALUE);
        metric.setConverter(DisplayText.of(d -> d == null ? "" : d.id().label()));
        metric.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.chooseMetric(now);
            }
        });
        int row = 0;
        grid.addRow(row++, new Label("Metric"), metric);
        grid.addRow(row++, new Label("Name"), field("alarm-name", model.name()));
        grid.addRow(row++, new Label("Namespace"), field("alarm-namespace", model.namespace()));
        grid.addRow(row++, new Label("Metric name"), field("alarm-metric-name", model.metricName()));
        grid.addRow(row++, new Label("Dimensions"), field("alarm-dimensions", model.dimensions()));
        ComboBox<String> statistic = new ComboBox<>();
        statistic.getItems().setAll(AlarmEditorViewModel.statisticChoices());
        statistic.setEditable(true);
        statistic.setId("alarm-statistic");
        statistic.valueProperty().bindBidirectional(model.statistic());
        grid.addRow(row++, new Label("Statistic"), statistic);
        ComboBox<Integer> period = new ComboBox<>();
        period.getItems().setAll(10, 30, 60, 300, 900, 3600);
        period.setId("alarm-period");
        period.setConverter(DisplayText.of(p -> p == null ? "" : p < 60 ? p + " s" : p < 3600 ? p / 60 + " min" : p / 3600 + " h"));
        period.setValue(model.period().get());
        period.valueProperty().addListener((o, old, now) -> model.period().set(now == null ? 60 : now));
        model.period().addListener((o, old, now) -> period.setValue(now.intValue()));
        grid.addRow(row++, new Label("Period"), period);
        ComboBox<ComparisonOperator> operator = new ComboBox<>();
        operator.getItems().setAll(ComparisonOperator.values());
        operator.setId("alarm-operator");
        operator.setConverter(DisplayText.of(op -> op == null ? "" : op.symbol() + "  " + op.text()));
        operator.valueProperty().bindBidirectional(model.operator());
        grid.addRow(row++, new Label("Condition"), operator);
        grid.addRow(row++, new Label("Threshold"), field("alarm-threshold", model.threshold()));
        Spinner<Integer> n = spinner("alarm-n", model.evaluationPeriods(), 1, 1440);
        Spinner<Integer> m = spinner("alarm-m", model.datapointsToAlarm(), 1, 1440);
        grid.addRow(row++, new Label("Datapoints to alarm"), new HBox(6, m, new Label("out of"), n));
        ComboBox<TreatMissingData> missing = new ComboBox<>();
        missing.getItems().setAll(TreatMissingData.values());
        missing.setId("alarm-missing");
        missing.setConverter(DisplayText.of(t -> t == null ? "" : t.text()));
        missing.valueProperty().bindBidirectional(model.treatMissingData());
        grid.addRow(row++, new Label("Missing data"), missing);
        ComboBox<Duration> range = new ComboBox<>();
        range.getItems().setAll(AlarmEditorViewModel.RANGES);
        range.setId("alarm-range");
        range.setConverter(DisplayText.of(d -> d == null ? "" : d.toDays() >= 1 ? d.toDays() + " d" : d.toHours() + " h"));
        range.valueProperty().bindBidirectional(model.range());
        grid.addRow(row++, new Label("Backtest range"), range);
        GridPane.setHgrow(metric, Priority.ALWAYS);

        Button backtest = new Button("Backtest");
        backtest.setId("alarm-backtest");
        backtest.setDefaultButton(true);
        backtest.disableProperty().bind(model.busy());
        backtest.setOnAction(e -> model.backtest());
        Button save = new Button("Save");
        save.setId("alarm-save");
        save.setOnAction(e -> model.save());
        Button export = new Button("Export as Terraform");
        export.setId("alarm-export-terraform");
        export.setOnAction(e -> model.exportTerraform());
        Label problems = new Label();
        problems.setId("alarm-problems");
        problems.setWrapText(true);
        problems.setStyle("-fx-text-fill: #b3261e;");
        problems.textProperty().bind(model.problems());
        Label status = new Label();
        status.setId("alarm-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        Label backtestOn = new Label();
        backtestOn.setId("alarm-backtest-source");
        backtestOn.textProperty().bind(model.backtestSourceLabel().map(label -> "Backtest on " + label));
        backtestOn.setStyle("-fx-text-fill: #6b6b6b;");
        actions.getChildren().addAll(backtest, save, export);
        VBox box = new VBox(10, grid, actions, backtestOn, problems, status);
        box.setPadding(new Insets(10));
        // The form's fields stay readable in a narrow window; the chart side gives way instead.
        box.setMinWidth(300);
        return box;
    }

    private VBox results() {
        ListView<AlarmEvaluation> list = new ListView<>(model.evaluations());
        list.setId("alarm-evaluations");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AlarmEvaluation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : TIME.format(item.time()) + "  " + item.state()
                        + (item.changed() ? "   <- was " + item.previousState() : ""));
                setStyle(!empty && item != null && item.state() == AlarmState.ALARM ? "-fx-text-fill: #b3261e;" : "");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.selectedEvaluation().set(now));
        TextArea why = new TextArea();
        why.setId("alarm-why");
        why.setEditable(false);
        why.setWrapText(true);
        why.setPrefRowCount(8);
        why.textProperty().bind(model.why());
        TextArea terraform = new TextArea();
        terraform.setId("alarm-terraform");
        terraform.setEditable(false);
        terraform.setPrefRowCount(8);
        terraform.setStyle("-fx-font-family: monospace;");
        terraform.textProperty().bind(model.terraform());
        terraform.visibleProperty().bind(model.terraform().isNotEmpty());
        terraform.managedProperty().bind(terraform.visibleProperty());
        chart.setId("alarm-backtest-chart");
        chart.setPrefHeight(260);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox box = new VBox(6, chart, new Label("Evaluations (select one to see why)"), list, new Label("Why"), why,
                terraform);
        box.setPadding(new Insets(10));
        return box;
    }

    private void drawBacktest() {
        var series = model.backtestSeries().get();
        var range = model.backtestRange().get();
        chart.setSeries(series.isEmpty() ? List.of()
                : List.of(new ChartSeries(model.metricName().get() + " " + model.statistic().get(), XySeries.of(series))));
        if (range != null) {
            chart.setTimeRange(range[0], range[1]);
        }
        try {
            chart.setThresholds(List.of(new ThresholdLine(model.name().get() + " " + model.operator().get().symbol()
                    + " " + model.threshold().get(), Double.parseDouble(model.threshold().get().trim()))));
        } catch (NumberFormatException e) {
            chart.setThresholds(List.of());
        }
        chart.setMarkers(model.stateChanges().stream()
                .map(e -> new StateMarker(e.time().toEpochMilli(), e.state().name())).toList());
    }

    /** Adds a button after Backtest, Save and Export (the CloudWatch pane's "Put to CloudWatch..."). */
    public void addAction(javafx.scene.Node action) {
        actions.getChildren().add(action);
    }

    /** The chart, for tests and screenshots. */
    public TimeSeriesChart chart() {
        return chart;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Spinner<Integer> spinner(String id, javafx.beans.property.IntegerProperty property, int min, int max) {
        Spinner<Integer> spinner = new Spinner<>(min, max, property.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(80);
        spinner.valueProperty().addListener((o, old, now) -> property.set(now));
        property.addListener((o, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        return spinner;
    }

}
