package io.dataops.workbench.ui.monitoring.browser;

import io.dataops.workbench.monitor.metric.MetricId;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The metric browser: a search field, "Recently active only", "Refresh from CloudWatch" with its progress and
 * the cache's age, then three lists side by side (namespaces, metrics, dimension sets), bound to a
 * {@link MetricBrowserViewModel}.
 */
public final class MetricBrowser extends VBox {

    public MetricBrowser(MetricBrowserViewModel model) {
        this(model, () -> { });
    }

    /** {@code chosen} runs when a dimension set is double-clicked or Enter is pressed on it (the dialog adds it). */
    public MetricBrowser(MetricBrowserViewModel model, Runnable chosen) {
        super(6);
        setId("metric-browser");
        TextField search = new TextField();
        search.setId("browser-search");
        search.setPromptText("Search: namespace, metric or dimension value");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        CheckBox recent = new CheckBox("Recently active only");
        recent.setId("browser-recently-active");
        recent.selectedProperty().bindBidirectional(model.recentlyActiveProperty());
        Button refresh = new Button("Refresh from CloudWatch");
        refresh.setId("browser-refresh");
        refresh.disableProperty().bind(model.refreshingProperty());
        refresh.setOnAction(event -> {
            model.updateAge();
            model.refresh();
        });
        Button cancel = new Button("Cancel");
        cancel.setId("browser-cancel");
        cancel.visibleProperty().bind(model.refreshingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> model.cancelRefresh());
        HBox top = new HBox(8, search, recent, refresh, cancel);

        Label age = new Label();
        age.setId("browser-age");
        age.textProperty().bind(model.cacheAgeProperty());
        age.setStyle("-fx-opacity: 0.75;");
        ProgressBar progress = new ProgressBar();
        progress.setId("browser-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.refreshingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox info = new HBox(8, age, progress);

        ListView<String> namespaces = list("browser-namespaces", model.namespaces(), model.selectedNamespaceProperty(),
                text -> text);
        ListView<String> metrics = list("browser-metrics", model.metrics(), model.selectedMetricNameProperty(),
                text -> text);
        ListView<MetricId> dimensions = list("browser-dimensions", model.dimensionSets(),
                model.selectedMetricProperty(), MetricBrowserViewModel::dimensionsLabel);
        dimensions.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && dimensions.getSelectionModel().getSelectedItem() != null) {
                chosen.run();
            }
        });
        dimensions.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER
                    && dimensions.getSelectionModel().getSelectedItem() != null) {
                chosen.run();
                event.consume();
            }
        });
        HBox lists = new HBox(6, column("Namespace", namespaces), column("Metric", metrics),
                column("Dimensions", dimensions));
        VBox.setVgrow(lists, Priority.ALWAYS);

        Label status = new Label();
        status.setId("browser-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        getChildren().addAll(top, info, lists, status);
        setPadding(new Insets(0, 0, 4, 0));
        model.updateAge();
        // "fetched 5 min ago" keeps true while the editor stays open.
        Timeline ageing = new Timeline(new KeyFrame(Duration.seconds(30), event -> model.updateAge()));
        ageing.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ageing.stop();
            } else {
                ageing.play();
            }
        });
    }

    private static VBox column(String title, ListView<?> list) {
        VBox column = new VBox(2, new Label(title), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setPrefWidth(240);
        return column;
    }

    /** A list whose selection and the view model's selected item follow each other. */
    private static <T> ListView<T> list(String id, javafx.collections.ObservableList<T> items, ObjectProperty<T> selected,
                                        Function<T, String> label) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(200);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && !item.equals(selected.get())) {
                selected.set(item);
            }
        });
        selected.addListener((obs, old, item) -> {
            if (item == null) {
                list.getSelectionModel().clearSelection();
            } else if (!item.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(item);
                list.scrollTo(item);
            }
        });
        return list;
    }
}
