package io.dataops.workbench.ui.monitoring;

import io.dataops.workbench.monitor.dashboard.Widget;
import io.dataops.workbench.monitor.dashboard.WidgetMetric;
import io.dataops.workbench.monitor.dashboard.WidgetType;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.ui.monitoring.browser.MetricBrowser;
import io.dataops.workbench.ui.monitoring.browser.MetricBrowserViewModel;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** The widget editor: a form bound to a {@link WidgetEditorViewModel}; answers the widget, or nothing on Cancel. */
final class WidgetEditorDialog extends Dialog<Widget> {

    WidgetEditorDialog(WidgetEditorViewModel model, boolean adding) {
        setTitle(adding ? "Add widget" : "Edit widget");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setId("widget-editor");

        TextField title = new TextField();
        title.setId("widget-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        ComboBox<WidgetType> type = new ComboBox<>();
        type.setId("widget-type");
        type.getItems().setAll(WidgetType.values());
        type.valueProperty().bindBidirectional(model.typeProperty());

        TextField search = new TextField();
        search.setId("metric-search");
        search.setPromptText("Search metrics: namespace, name or dimension");
        search.textProperty().bindBidirectional(model.searchProperty());
        ListView<MetricDescriptor> metrics = new ListView<>(model.matchingMetrics());
        metrics.setId("metric-list");
        metrics.setPrefHeight(180);
        metrics.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MetricDescriptor item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.id().label() + "  [" + item.unit() + "]");
            }
        });
        ComboBox<String> statistic = new ComboBox<>();
        statistic.setId("widget-statistic");
        statistic.setEditable(true);
        statistic.getItems().setAll(WidgetEditorViewModel.STATISTICS);
        statistic.valueProperty().bindBidirectional(model.statisticProperty());
        Button add = new Button("Add");
        add.setId("metric-add");
        MetricBrowserViewModel browser = model.browser();
        if (browser == null) {
            add.disableProperty().bind(metrics.getSelectionModel().selectedItemProperty().isNull());
            add.setOnAction(event -> model.add(metrics.getSelectionModel().getSelectedItem()));
        } else {
            add.disableProperty().bind(browser.selectedMetricProperty().isNull());
            add.setOnAction(event -> model.addFromBrowser());
        }
        metrics.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && metrics.getSelectionModel().getSelectedItem() != null) {
                model.add(metrics.getSelectionModel().getSelectedItem());
            }
        });

        ListView<WidgetMetric> chosen = new ListView<>(model.chosenMetrics());
        chosen.setId("chosen-metrics");
        chosen.setPrefHeight(90);
        chosen.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(WidgetMetric item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        Button remove = new Button("Remove");
        remove.disableProperty().bind(chosen.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.remove(chosen.getSelectionModel().getSelectedItem()));

        ComboBox<Duration> period = new ComboBox<>();
        period.setId("widget-period");
        period.getItems().setAll(WidgetEditorViewModel.PERIODS);
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration value) {
                return value == null ? "" : WidgetEditorViewModel.periodLabel(value);
            }

            @Override
            public Duration fromString(String text) {
                return null;
            }
        });
        period.valueProperty().bindBidirectional(model.periodProperty());
        TextField alarms = new TextField();
        alarms.setId("widget-alarm-names");
        alarms.setPromptText("Alarm names, comma-separated");
        alarms.textProperty().bindBidirectional(model.alarmsProperty());

        Label problem = new Label();
        problem.setId("widget-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.setStyle("-fx-text-fill: #c0392b;");

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Title"), title);
        form.addRow(1, new Label("Type"), type);
        if (browser == null) {
            form.addRow(2, new Label("Metric"), search);
            form.add(metrics, 1, 3);
        } else {
            // A CloudWatch dashboard: namespaces → metrics → dimension sets from the cached ListMetrics.
            form.addRow(2, new Label("Metric"), new MetricBrowser(browser, model::addFromBrowser));
        }
        HBox pick = new HBox(8, new Label("Statistic"), statistic, add);
        form.add(pick, 1, 4);
        form.addRow(5, new Label("Shown"), chosen);
        form.add(remove, 1, 6);
        form.addRow(7, new Label("Period"), period);
        form.addRow(8, new Label("Alarms"), alarms);
        form.add(problem, 1, 9);
        GridPane.setHgrow(search, Priority.ALWAYS);
        form.setPrefWidth(browser == null ? 620 : 860);
        getDialogPane().setContent(form);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.not(model.validProperty()));
        setResultConverter(button -> button == ButtonType.OK ? model.build() : null);
    }
}
