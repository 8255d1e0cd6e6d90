package io.dataops.workbench.ui.quality;

import io.dataops.workbench.quality.batch.Batch;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.quality.source.TableInfo;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The asset browser: schema, tables and views (or an SQL query), and the batch to profile. */
final class AssetBrowserPane extends VBox {

    AssetBrowserPane(AssetBrowserViewModel browser) {
        setSpacing(8);
        Label title = new Label("Asset");
        title.getStyleClass().add("section-title");
        ComboBox<String> schema = new ComboBox<>(browser.schemas());
        schema.setId("asset-schema");
        schema.setPromptText("Schema");
        schema.setMaxWidth(Double.MAX_VALUE);
        schema.valueProperty().bindBidirectional(browser.schemaProperty());
        schema.visibleProperty().bind(Bindings.isNotEmpty(browser.schemas()));
        schema.managedProperty().bind(schema.visibleProperty());
        ListView<TableInfo> tables = tableList(browser);
        CheckBox useQuery = new CheckBox("SQL query instead");
        useQuery.setId("asset-use-query");
        useQuery.selectedProperty().bindBidirectional(browser.useQueryProperty());
        TextArea query = new TextArea();
        query.setId("asset-query");
        query.setPrefRowCount(3);
        query.setWrapText(true);
        query.setPromptText("SELECT ... (in a file source, the file is the table 'source')");
        query.textProperty().bindBidirectional(browser.queryProperty());
        query.visibleProperty().bind(browser.useQueryProperty());
        query.managedProperty().bind(query.visibleProperty());
        tables.visibleProperty().bind(browser.useQueryProperty().not().and(Bindings.createBooleanBinding(
                () -> !(browser.sourceProperty().get() instanceof FileSource), browser.sourceProperty())));
        tables.managedProperty().bind(tables.visibleProperty());
        VBox.setVgrow(tables, Priority.ALWAYS);
        Label status = new Label();
        status.setId("asset-status");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.textProperty().bind(browser.statusProperty());
        getChildren().addAll(title, schema, tables, useQuery, query, batchControls(browser), status);
    }

    private static ListView<TableInfo> tableList(AssetBrowserViewModel browser) {
        ListView<TableInfo> tables = new ListView<>(browser.tables());
        tables.setId("asset-tables");
        tables.setPrefHeight(140);
        tables.setPlaceholder(new Label("No tables"));
        tables.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(TableInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.name() + (item.type().contains("VIEW") ? "  (view)" : ""));
            }
        });
        browser.tableProperty().addListener((obs, old, now) -> tables.getSelectionModel().select(now));
        tables.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                browser.tableProperty().set(now);
            }
        });
        return tables;
    }

    private static VBox batchControls(AssetBrowserViewModel browser) {
        ComboBox<AssetBrowserViewModel.Split> split = new ComboBox<>(
                FXCollections.observableArrayList(AssetBrowserViewModel.Split.values()));
        split.setId("asset-split");
        split.valueProperty().bindBidirectional(browser.splitProperty());
        split.setConverter(new StringConverter<>() {
            @Override
            public String toString(AssetBrowserViewModel.Split value) {
                if (value == null) {
                    return "";
                }
                return switch (value) {
                    case WHOLE -> "Whole asset";
                    case YEAR -> "Yearly batches";
                    case MONTH -> "Monthly batches";
                    case DAY -> "Daily batches";
                };
            }

            @Override
            public AssetBrowserViewModel.Split fromString(String text) {
                return null;
            }
        });
        ComboBox<String> column = new ComboBox<>(browser.dateColumns());
        column.setId("asset-batch-column");
        column.setEditable(true); // a query's columns are not listed: type the name
        column.setPromptText("date column");
        column.setPrefWidth(150);
        column.valueProperty().bindBidirectional(browser.batchColumnProperty());
        Button list = new Button("List batches");
        list.setId("asset-list-batches");
        list.setOnAction(event -> browser.listBatches());
        ComboBox<Batch> batch = new ComboBox<>(browser.batches());
        batch.setId("asset-batch");
        batch.setPromptText("batch");
        batch.setPrefWidth(200);
        batch.valueProperty().bindBidirectional(browser.batchProperty());
        batch.setConverter(new StringConverter<>() {
            @Override
            public String toString(Batch value) {
                return value == null ? "" : value.key() + "  (" + ProfileFormat.count(value.rowCount()) + " rows)";
            }

            @Override
            public Batch fromString(String text) {
                return null;
            }
        });
        FlowPane batching = new FlowPane(6, 6, column, list, batch);
        batching.visibleProperty().bind(browser.splitProperty().isNotEqualTo(AssetBrowserViewModel.Split.WHOLE));
        batching.managedProperty().bind(batching.visibleProperty());
        return new VBox(6, new HBox(6, split), batching);
    }
}
