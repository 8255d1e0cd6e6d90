package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.HistogramBin;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.profile.ValueCount;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/** Picks a column of the profile and, in it, a statistic (null ratio, a histogram range, a top value). */
final class ColumnFocusBar extends javafx.scene.layout.GridPane {

    /** A pickable statistic with how it reads in the list. */
    record Choice(String label, StatisticFocus focus) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ComboBox<ColumnProfile> columns = new ComboBox<>();
    private final ComboBox<Choice> statistics = new ComboBox<>();

    ColumnFocusBar(SuiteBuilderViewModel builder) {
        setHgap(6);
        setVgap(4);
        columns.setId("builder-column");
        columns.setPromptText("Column");
        columns.setConverter(new StringConverter<>() {
            @Override
            public String toString(ColumnProfile column) {
                return column == null ? "" : column.name();
            }

            @Override
            public ColumnProfile fromString(String text) {
                return null;
            }
        });
        statistics.setId("builder-statistic");
        statistics.setPromptText("Statistic");
        builder.profileProperty().addListener((obs, old, now) -> columns.getItems().setAll(columnsOf(now)));
        columns.getItems().setAll(columnsOf(builder.profileProperty().get()));
        columns.valueProperty().addListener((obs, old, now) -> {
            statistics.getItems().setAll(now == null ? List.of() : choices(now));
            statistics.getSelectionModel().selectFirst();
        });
        statistics.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                builder.suggestFor(columns.getValue(), now.focus());
            }
        });
        columns.setMaxWidth(Double.MAX_VALUE);
        statistics.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.GridPane.setHgrow(columns, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.GridPane.setHgrow(statistics, javafx.scene.layout.Priority.ALWAYS);
        Label column = new Label("Column");
        column.setMinWidth(Label.USE_PREF_SIZE);
        Label statistic = new Label("Statistic");
        statistic.setMinWidth(Label.USE_PREF_SIZE);
        addRow(0, column, columns);
        addRow(1, statistic, statistics);
    }

    void select(ColumnProfile column) {
        columns.setValue(column);
    }

    String selectedColumn() {
        return columns.getValue() == null ? null : columns.getValue().name();
    }

    private static List<ColumnProfile> columnsOf(TableProfile profile) {
        return profile == null ? List.of() : profile.columns();
    }

    static List<Choice> choices(ColumnProfile column) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("Whole column", StatisticFocus.column()));
        choices.add(new Choice(String.format(java.util.Locale.ROOT, "Null ratio %.1f%%", column.nullRatio() * 100),
                StatisticFocus.nulls()));
        if (column.numeric().isPresent()) {
            for (HistogramBin bin : column.histogram()) {
                choices.add(new Choice("Range " + StatisticFocus.round(bin.low()) + " \u2026 " + StatisticFocus.round(bin.high())
                        + " (" + bin.count() + " rows)", StatisticFocus.range(bin)));
            }
        }
        for (ValueCount value : column.topValues()) {
            choices.add(new Choice("Value " + value.value() + " (" + value.count() + " rows)",
                    StatisticFocus.topValue(value)));
        }
        return choices;
    }
}
