package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected expectation's kwargs as a form: a text field per kwarg (JSON for lists), a slider for
 * {@code mostly} and for numeric bounds (over the column's observed range with a margin). The form is rebuilt
 * when another expectation is selected or the JSON changed it, never while the user types in it.
 */
final class KwargForm extends VBox {

    private static final Set<String> BOUNDS = Set.of("min_value", "max_value");
    private final SuiteBuilderViewModel builder;
    private final ExpectationCatalog catalog;
    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private boolean editing;

    KwargForm(SuiteBuilderViewModel builder, ExpectationCatalog catalog) {
        super(6);
        this.builder = builder;
        this.catalog = catalog;
        setId("builder-form");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        getChildren().addAll(title, grid);
        builder.selectedProperty().addListener((obs, old, now) -> {
            if (!editing) {
                rebuild(now);
            }
        });
        rebuild(builder.selectedProperty().get());
    }

    private void rebuild(ExpectationConfig expectation) {
        grid.getChildren().clear();
        if (expectation == null) {
            title.setText("No expectation selected: accept a suggestion or add one from the catalog.");
            return;
        }
        title.setText(expectation.type());
        Set<String> keys = new LinkedHashSet<>();
        catalog.entries().stream().filter(e -> e.type().equals(expectation.type())).findFirst()
                .ifPresent(e -> keys.addAll(e.kwargs()));
        keys.addAll(expectation.kwargs().keySet());
        int row = 0;
        for (String key : keys) {
            Label label = new Label(key);
            label.getStyleClass().add("muted");
            grid.addRow(row++, label, field(key, expectation.kwargs().get(key), expectation));
        }
    }

    private Region field(String key, Object value, ExpectationConfig expectation) {
        TextField text = new TextField(KwargText.show(value));
        text.setId("kwarg-" + key);
        text.setPromptText(key.equals("mostly") ? "1.0 (every row)" : "not set");
        text.textProperty().addListener((obs, old, now) -> set(key, KwargText.parse(now)));
        Optional<double[]> range = key.equals("mostly") ? Optional.of(new double[] {0, 1}) : BOUNDS.contains(key)
                ? observedRange(expectation) : Optional.empty();
        if (range.isEmpty()) {
            return text;
        }
        double start = value instanceof Number n ? n.doubleValue() : key.equals("mostly") ? 1.0
                : key.equals("min_value") ? range.get()[0] : range.get()[1];
        Slider slider = new Slider(range.get()[0], range.get()[1], clamp(start, range.get()));
        slider.setId("slider-" + key);
        slider.setPrefWidth(160);
        slider.valueProperty().addListener((obs, old, now) -> {
            if (slider.isFocused() || slider.isPressed() || slider.isValueChanging()) {
                String shown = key.equals("mostly") ? String.format(Locale.ROOT, "%.2f", now.doubleValue())
                        : trim(now.doubleValue());
                text.setText(shown);
            }
        });
        text.textProperty().addListener((obs, old, now) -> {
            // A typed bound moves the slider too; the slider's own moves come back here unchanged.
            if (!slider.isValueChanging() && !slider.isFocused() && KwargText.parse(now) instanceof Number typed) {
                slider.setValue(clamp(typed.doubleValue(), range.get()));
            }
        });
        text.setPrefColumnCount(8);
        HBox box = new HBox(6, text, slider);
        HBox.setHgrow(slider, Priority.ALWAYS);
        return box;
    }

    private void set(String key, Object value) {
        editing = true;
        try {
            builder.setKwarg(key, value);
        } finally {
            editing = false;
        }
    }

    /** The column's observed min and max with half the span as margin each side, for bound sliders. */
    private Optional<double[]> observedRange(ExpectationConfig expectation) {
        Object column = expectation.kwargs().get("column");
        if (builder.profileProperty().get() == null || !(column instanceof String name)) {
            return Optional.empty();
        }
        Optional<ColumnProfile> profile = builder.profileProperty().get().column(name);
        if (profile.isEmpty() || profile.get().numeric().isEmpty()) {
            return Optional.empty();
        }
        try {
            double min = Double.parseDouble(profile.get().min().orElseThrow());
            double max = Double.parseDouble(profile.get().max().orElseThrow());
            double margin = Math.max((max - min) / 2, 1);
            return Optional.of(new double[] {Math.floor(min - margin), Math.ceil(max + margin)});
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static double clamp(double value, double[] range) {
        return Math.max(range[0], Math.min(range[1], value));
    }

    private static String trim(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
