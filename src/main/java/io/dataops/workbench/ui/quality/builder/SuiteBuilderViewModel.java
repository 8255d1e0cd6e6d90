package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The suite being built: its expectations (the form's list), the selected one, the suggestions offered for
 * what the user picked in the profile, and the suite's JSON kept in step both ways. JSON that does not parse
 * stays as typed, with its problem pointed at; the expectations keep the last valid state.
 */
public final class SuiteBuilderViewModel {

    private final SuggestionSource suggestionSource;
    private final StringProperty suiteName = new SimpleStringProperty("payments_suite");
    private final ObservableList<ExpectationConfig> expectations = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<ExpectationConfig> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SuggestedExpectation> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<TableProfile> profile = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper suggestionsTitle = new ReadOnlyStringWrapper("Pick a column of the profile.");
    private final ReadOnlyStringWrapper jsonText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<JsonProblem>> jsonProblem = new ReadOnlyObjectWrapper<>(Optional.empty());
    private Map<String, Object> suiteMeta = Map.of();
    private boolean fromJson;

    public SuiteBuilderViewModel(SuggestionSource suggestionSource) {
        this.suggestionSource = suggestionSource;
        expectations.addListener((javafx.collections.ListChangeListener<ExpectationConfig>) change -> suiteChanged());
        suiteName.addListener((obs, old, now) -> suiteChanged());
        selectedIndex.addListener((obs, old, now) -> refreshSelected());
        suiteChanged();
    }

    /** Offers what fits the column, or only the picked statistic of it, prefilled from what was observed. */
    public void suggestFor(ColumnProfile column, StatisticFocus focus) {
        TableProfile table = profile.get();
        if (table == null || column == null) {
            suggestions.clear();
            return;
        }
        suggestions.setAll(suggestionSource.forFocus(table, column, focus).stream()
                .filter(s -> !expectations.contains(s.config()))
                .toList());
        suggestionsTitle.set((suggestions.isEmpty() ? "No suggestion for " : "Suggested for ") + column.name()
                + focusLabel(focus));
    }

    /** Proposes a whole suite for the profiled asset; each proposal is still accepted or dismissed one by one. */
    public void suggestSuite() {
        TableProfile table = profile.get();
        if (table == null) {
            suggestionsTitle.set("Profile an asset first: suggestions come from its profile.");
            return;
        }
        suggestions.setAll(suggestionSource.forTable(table).stream()
                .filter(s -> !expectations.contains(s.config())).toList());
        suggestionsTitle.set(suggestions.size() + " suggestions for " + table.asset());
    }

    public void accept(SuggestedExpectation suggestion) {
        suggestions.remove(suggestion);
        expectations.add(suggestion.config());
        if (selectedIndex.get() < 0) {
            selectedIndex.set(expectations.size() - 1);
        }
    }

    /** Accepts the suggestion and opens it in the form for editing. */
    public void edit(SuggestedExpectation suggestion) {
        accept(suggestion);
        selectedIndex.set(expectations.size() - 1);
    }

    public void dismiss(SuggestedExpectation suggestion) {
        suggestions.remove(suggestion);
    }

    public void acceptAll() {
        List.copyOf(suggestions).forEach(this::accept);
    }

    /** Adds an expectation of any type from the catalog, on the selected profile column where it takes one. */
    public void add(CatalogEntry entry, Optional<String> column) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        if (entry.kwargs().contains("column")) {
            kwargs.put("column", column.orElse(""));
        }
        expectations.add(ExpectationConfig.of(entry.type(), kwargs));
        selectedIndex.set(expectations.size() - 1);
    }

    /** Sets one kwarg of the selected expectation; a null value removes it. */
    public void setKwarg(String key, Object value) {
        int index = selectedIndex.get();
        if (index < 0 || index >= expectations.size()) {
            return;
        }
        ExpectationConfig current = expectations.get(index);
        if (java.util.Objects.equals(current.kwargs().get(key), value) && current.kwargs().containsKey(key) == (value != null)) {
            return;
        }
        Map<String, Object> kwargs = new LinkedHashMap<>(current.kwargs());
        if (value == null) {
            kwargs.remove(key);
        } else {
            kwargs.put(key, value);
        }
        expectations.set(index, new ExpectationConfig(current.type(), kwargs, current.meta(), current.notes(), current.id()));
        refreshSelected();
    }

    public void removeSelected() {
        int index = selectedIndex.get();
        if (index >= 0 && index < expectations.size()) {
            expectations.remove(index);
            selectedIndex.set(Math.min(index, expectations.size() - 1));
            refreshSelected();
        }
    }

    /** The JSON as the user typed it: applied to the form when it parses, pointed at when it does not. */
    public void jsonEdited(String text) {
        if (text.equals(jsonText.get())) {
            return;
        }
        jsonText.set(text);
        ExpectationSuite parsed;
        try {
            parsed = SuiteJson.parse(text, suiteName.get());
        } catch (UserFacingException e) {
            jsonProblem.set(Optional.of(JsonProblem.of(e)));
            return;
        }
        fromJson = true;
        try {
            load(parsed);
        } finally {
            fromJson = false;
        }
        jsonProblem.set(Optional.empty());
    }

    /** Shows a suite (a version, an import) as the one being built. */
    public void load(ExpectationSuite suite) {
        int keep = selectedIndex.get();
        suiteMeta = suite.meta();
        suiteName.set(suite.name());
        expectations.setAll(suite.expectations());
        selectedIndex.set(expectations.isEmpty() ? -1 : Math.max(0, Math.min(keep, expectations.size() - 1)));
        refreshSelected();
    }

    public ExpectationSuite suite() {
        return new ExpectationSuite(suiteName.get(), expectations, suiteMeta);
    }

    private void suiteChanged() {
        if (!fromJson) {
            jsonText.set(SuiteJson.write(suite(), SuiteJson.Version.V1));
            jsonProblem.set(Optional.empty());
        }
    }

    private void refreshSelected() {
        int index = selectedIndex.get();
        selected.set(index >= 0 && index < expectations.size() ? expectations.get(index) : null);
    }

    private static String focusLabel(StatisticFocus focus) {
        return switch (focus.kind()) {
            case COLUMN -> "";
            case NULLS -> " (null ratio)";
            case RANGE -> " (range " + focus.low().orElseThrow() + " \u2026 " + focus.high().orElseThrow() + ")";
            case TOP_VALUE -> " (value " + focus.value().orElseThrow() + ")";
        };
    }

    public StringProperty suiteNameProperty() {
        return suiteName;
    }

    public ObservableList<ExpectationConfig> expectations() {
        return expectations;
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public ReadOnlyObjectProperty<ExpectationConfig> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<SuggestedExpectation> suggestions() {
        return suggestions;
    }

    public ObjectProperty<TableProfile> profileProperty() {
        return profile;
    }

    public ReadOnlyStringProperty suggestionsTitleProperty() {
        return suggestionsTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jsonTextProperty() {
        return jsonText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<JsonProblem>> jsonProblemProperty() {
        return jsonProblem.getReadOnlyProperty();
    }
}
