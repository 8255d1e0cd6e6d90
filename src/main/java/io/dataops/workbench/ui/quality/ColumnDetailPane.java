package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.HistogramBin;
import io.dataops.workbench.quality.profile.ValueCount;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected column in full: every statistic, its histogram, and its most common values. */
final class ColumnDetailPane extends HBox {

    private final Label title = new Label();
    private final GridPane stats = new GridPane();
    private final BarChart<String, Number> histogram = chart("Histogram");
    private final BarChart<String, Number> topValues = chart("Top values");

    ColumnDetailPane(ProfileViewModel profile) {
        setId("column-detail");
        setSpacing(12);
        title.setId("column-detail-title");
        title.getStyleClass().add("section-title");
        stats.getStyleClass().add("column-stats");
        stats.setHgap(12);
        stats.setVgap(3);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels never shrink to "..."
        stats.getColumnConstraints().add(labels);
        ScrollPane scroll = new ScrollPane(new VBox(6, title, stats));
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(340);
        scroll.setMinWidth(260);
        scroll.getStyleClass().add("column-stats-scroll");
        HBox.setHgrow(histogram, Priority.ALWAYS);
        HBox.setHgrow(topValues, Priority.ALWAYS);
        getChildren().addAll(scroll, histogram, topValues);
        profile.selectedColumnProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(ColumnProfile column) {
        stats.getChildren().clear();
        histogram.getData().clear();
        topValues.getData().clear();
        if (column == null) {
            title.setText("");
            return;
        }
        title.setText(column.name());
        int row = 0;
        for (ColumnStatistics.Line line : ColumnStatistics.of(column)) {
            Label label = new Label(line.label());
            label.getStyleClass().add("muted");
            Label value = new Label(line.value());
            value.setWrapText(true);
            value.setId("stat-" + line.label().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
            stats.addRow(row++, label, value);
        }
        XYChart.Series<String, Number> bins = new XYChart.Series<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (HistogramBin bin : column.histogram()) {
            String label = ProfileFormat.binLabel(column, bin);
            // A category axis merges equal labels; narrow date bins can round to the same day.
            bins.getData().add(new XYChart.Data<>(seen.add(label) ? label : label + " #" + seen.size(), bin.count()));
        }
        XYChart.Series<String, Number> top = new XYChart.Series<>();
        for (ValueCount value : column.topValues()) {
            top.getData().add(new XYChart.Data<>(shorten(value.value()), value.count()));
        }
        histogram.setVisible(!column.histogram().isEmpty());
        topValues.setVisible(!column.topValues().isEmpty());
        histogram.getData().add(bins);
        topValues.getData().add(top);
    }

    /** Long values would push the chart's bars away; the full value is in the samples and the table. */
    private static String shorten(String value) {
        return value.length() > 18 ? value.substring(0, 17) + "\u2026" : value;
    }

    private static BarChart<String, Number> chart(String title) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        x.setTickLabelRotation(-45);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("column-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false); // data replaced on every click; animations only lag behind
        chart.setCategoryGap(2);
        chart.setBarGap(0);
        chart.setMinWidth(220);
        chart.setPrefHeight(240);
        return chart;
    }
}
