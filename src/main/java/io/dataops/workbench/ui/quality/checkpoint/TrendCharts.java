package io.dataops.workbench.ui.quality.checkpoint;

import io.dataops.workbench.quality.history.TrendPoint;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A series' runs over time: success ratio (%) and unexpected values, one point per run, oldest first. */
final class TrendCharts extends HBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    TrendCharts(ObservableList<TrendPoint> trend) {
        super(8);
        LineChart<String, Number> success = chart("Success %", "trend-success");
        ((NumberAxis) success.getYAxis()).setAutoRanging(false);
        ((NumberAxis) success.getYAxis()).setLowerBound(0);
        ((NumberAxis) success.getYAxis()).setUpperBound(100);
        LineChart<String, Number> unexpected = chart("Unexpected values", "trend-unexpected");
        trend.addListener((ListChangeListener<TrendPoint>) change -> {
            fill(success, trend, p -> p.successRatio() * 100);
            fill(unexpected, trend, p -> p.unexpectedCount());
        });
        getChildren().addAll(success, unexpected);
    }

    private static void fill(LineChart<String, Number> chart, List<TrendPoint> points,
                             java.util.function.Function<TrendPoint, Number> value) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        int n = 0;
        for (TrendPoint point : points) {
            // Runs in the same second would share a category and be drawn as one point.
            series.getData().add(new XYChart.Data<>(TIME.format(point.runAt()) + " #" + (++n), value.apply(point)));
        }
        chart.getData().setAll(List.of(series));
    }

    private static LineChart<String, Number> chart(String title, String id) {
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelRotation(-30);
        LineChart<String, Number> chart = new LineChart<>(x, new NumberAxis());
        chart.setId(id);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        chart.setMinWidth(200);
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }
}
