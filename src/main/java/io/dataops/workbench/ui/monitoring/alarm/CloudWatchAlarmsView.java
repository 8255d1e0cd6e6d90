package io.dataops.workbench.ui.monitoring.alarm;

import io.dataops.workbench.monitor.AwsProfiles;
import io.dataops.workbench.monitor.alarm.AlarmState;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchAlarm;
import io.dataops.workbench.monitor.cloudwatch.CloudWatchAlarmHistoryItem;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import io.dataops.workbench.ui.common.DisplayText;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * CloudWatch's alarms next to the local ones: where to look (profile, region, endpoint), filters and Refresh,
 * the alarms with their coloured state and reason, and the selected alarm's history.
 */
public final class CloudWatchAlarmsView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public CloudWatchAlarmsView(CloudWatchAlarmsViewModel model) {
        super(6);
        setPadding(new Insets(10));
        setId("cw-alarms");
        ComboBox<String> profile = editableCombo("cw-alarm-profile", model.profileChoices(), model.profile());
        profile.setPromptText("default chain");
        ComboBox<String> region = editableCombo("cw-alarm-region", AwsProfiles.KNOWN_REGIONS, model.region());
        region.setPromptText("region");
        TextField endpoint = new TextField();
        endpoint.setId("cw-alarm-endpoint");
        endpoint.setPromptText("AWS's own (or http://localhost:4566)");
        endpoint.textProperty().bindBidirectional(model.endpoint());
        GridPane connection = new GridPane();
        connection.setHgap(6);
        connection.setVgap(4);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        connection.getColumnConstraints().addAll(labels, fields);
        connection.addRow(0, new Label("Profile"), profile);
        connection.addRow(1, new Label("Region"), region);
        connection.addRow(2, new Label("Endpoint"), endpoint);
        for (var field : List.of(profile, region, endpoint)) {
            field.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(field, Priority.ALWAYS);
        }

        TextField prefix = new TextField();
        prefix.setId("cw-alarm-prefix");
        prefix.setPromptText("name prefix");
        prefix.textProperty().bindBidirectional(model.namePrefix());
        prefix.setOnAction(e -> model.refresh());
        HBox.setHgrow(prefix, Priority.ALWAYS);
        ComboBox<AlarmState> state = new ComboBox<>();
        state.setId("cw-alarm-state-filter");
        state.getItems().add(null);
        state.getItems().addAll(AlarmState.values());
        state.setConverter(DisplayText.of(s -> s == null ? "any state" : s.name()));
        state.valueProperty().bindBidirectional(model.stateFilter());
        Button refresh = new Button("Refresh");
        refresh.setId("cw-alarm-refresh");
        refresh.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        state.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        prefix.setPrefColumnCount(8);
        refresh.disableProperty().bind(model.busy());
        refresh.setOnAction(e -> model.refresh());
        HBox filters = new HBox(6, prefix, state, refresh);

        Label error = new Label();
        error.setId("cw-alarm-error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b3261e;");
        error.textProperty().bind(model.error());
        error.visibleProperty().bind(model.error().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label status = new Label();
        status.setId("cw-alarm-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label reason = new Label();
        reason.setId("cw-alarm-reason");
        reason.setWrapText(true);
        reason.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        reason.textProperty().bind(model.selected().map(a -> a.state() + " since " + (a.stateUpdatedAt() == null ? "?"
                : TIME.format(a.stateUpdatedAt())) + " UTC: " + a.stateReason()
                + (a.detail().isEmpty() ? "" : "\n" + a.detail())).orElse(""));

        TableView<CloudWatchAlarm> alarms = alarmTable(model);
        TableView<CloudWatchAlarmHistoryItem> history = historyTable(model);
        VBox.setVgrow(alarms, Priority.ALWAYS);
        VBox.setVgrow(history, Priority.ALWAYS);
        getChildren().addAll(connection, filters, error, status, alarms, reason, new Label("History (last 7 days)"),
                history);
    }

    private static TableView<CloudWatchAlarm> alarmTable(CloudWatchAlarmsViewModel model) {
        TableView<CloudWatchAlarm> table = new TableView<>(model.alarms());
        table.setId("cw-alarm-list");
        table.setPlaceholder(new Label("Press Refresh to list this region's alarms."));
        TableColumn<CloudWatchAlarm, String> name = column("Alarm", 150, a -> a.name()
                + (a.kind() == CloudWatchAlarm.Kind.METRIC ? "" : a.kind() == CloudWatchAlarm.Kind.COMPOSITE
                ? "  (composite)" : "  (metric math)"));
        TableColumn<CloudWatchAlarm, String> state = column("State", 80, a -> a.state().name());
        state.setCellFactory(c -> new AlarmStateCell<>());
        TableColumn<CloudWatchAlarm, String> since = column("Since (UTC)", 140,
                a -> a.stateUpdatedAt() == null ? "" : TIME.format(a.stateUpdatedAt()));
        TableColumn<CloudWatchAlarm, String> reason = column("Reason", 380, CloudWatchAlarm::stateReason);
        table.getColumns().addAll(List.of(name, state, since, reason));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(CloudWatchAlarm item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(item.detail() + "\n" + item.stateReason()));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.selected().set(now));
        model.selected().addListener((o, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private static TableView<CloudWatchAlarmHistoryItem> historyTable(CloudWatchAlarmsViewModel model) {
        TableView<CloudWatchAlarmHistoryItem> table = new TableView<>(model.history());
        table.setId("cw-alarm-history");
        table.setPlaceholder(new Label("Select an alarm to see its state and configuration changes."));
        TableColumn<CloudWatchAlarmHistoryItem, String> time = column("Time (UTC)", 140, i -> TIME.format(i.time()));
        TableColumn<CloudWatchAlarmHistoryItem, String> type = column("Type", 140, CloudWatchAlarmHistoryItem::type);
        TableColumn<CloudWatchAlarmHistoryItem, String> change = column("Change", 160, CloudWatchAlarmHistoryItem::change);
        TableColumn<CloudWatchAlarmHistoryItem, String> summary = column("Summary", 420,
                i -> i.newStateReason().isEmpty() ? i.summary() : i.newStateReason());
        table.getColumns().addAll(List.of(time, change, type, summary));
        return table;
    }

    private static <S> TableColumn<S, String> column(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static ComboBox<String> editableCombo(String id, List<String> choices,
                                                  javafx.beans.property.StringProperty property) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(choices);
        combo.setEditable(true);
        combo.valueProperty().bindBidirectional(property);
        return combo;
    }

}
