package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.ErrorMessages;
import io.dataops.workbench.ui.common.RunningTask;
import io.dataops.workbench.ui.common.TaskRunner;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected expectation's result on the current batch, kept live: every change of the expectation (a
 * slider moved, a bound typed) asks for a run after a short pause; a new run cancels the one still going, so
 * only the result of what is shown now ever lands. Values are masked when the sensitive-data setting is on.
 */
public final class LivePreviewViewModel {

    public enum State { IDLE, RUNNING, PASSED, FAILED, ERROR }

    private final PreviewPort port;
    private final TaskRunner runner;
    private final Debouncer debouncer;
    private final java.util.function.BooleanSupplier mask;
    private final ObjectProperty<PreviewPort.Target> target = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Select an expectation to see its result.");
    private final ReadOnlyStringWrapper sql = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper completedRuns = new ReadOnlyIntegerWrapper();
    private final ObservableList<String> unexpectedValues = FXCollections.observableArrayList();
    private ExpectationConfig shown;
    private RunningTask task;
    private long generation;

    public LivePreviewViewModel(PreviewPort port, TaskRunner runner, Debouncer debouncer,
                                java.util.function.BooleanSupplier mask) {
        this.port = port;
        this.runner = runner;
        this.debouncer = debouncer;
        this.mask = mask;
    }

    /** The expectation now in the form (null: nothing selected); its result follows after the pause. */
    public void show(ExpectationConfig expectation) {
        shown = expectation;
        generation++;
        if (expectation == null || target.get() == null) {
            cancelRunning();
            state.set(State.IDLE);
            summary.set(target.get() == null ? "Profile an asset to run expectations on it live."
                    : "Select an expectation to see its result.");
            unexpectedValues.clear();
            sql.set("");
            return;
        }
        long asked = generation;
        debouncer.request(() -> {
            if (asked == generation) {
                start(expectation, asked);
            }
        });
    }

    private void start(ExpectationConfig expectation, long asked) {
        cancelRunning();
        PreviewPort.Target on = target.get();
        running.set(true);
        state.set(State.RUNNING);
        task = runner.submit(BackgroundTask.of("Run " + expectation.type(), context -> port.run(on, expectation, context))
                .onSucceeded(outcome -> {
                    if (asked == generation) {
                        apply(outcome);
                    }
                })
                .onFailed(error -> {
                    if (asked == generation) {
                        state.set(State.ERROR);
                        summary.set(ErrorMessages.plainMessage(error));
                        unexpectedValues.clear();
                    }
                })
                .onDone(() -> {
                    if (asked == generation) {
                        running.set(false);
                    }
                }));
    }

    private void apply(PreviewOutcome outcome) {
        completedRuns.set(completedRuns.get() + 1);
        sql.set(outcome.sql());
        boolean masked = mask.getAsBoolean();
        unexpectedValues.setAll(outcome.unexpectedValues().stream().map(v -> masked ? "***" : v).toList());
        if (outcome.error().isPresent()) {
            state.set(State.ERROR);
            summary.set(outcome.error().get());
            return;
        }
        state.set(outcome.success() ? State.PASSED : State.FAILED);
        String count = outcome.unexpectedCount().isPresent()
                ? outcome.unexpectedCount().getAsLong() + " unexpected" : "";
        String observed = outcome.observed().map(o -> "observed " + (masked ? "***" : o)).orElse("");
        summary.set((outcome.success() ? "Passes" : "Fails") + join(count, observed));
    }

    private static String join(String a, String b) {
        String both = a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b;
        return both.isEmpty() ? "." : ": " + both + ".";
    }

    private void cancelRunning() {
        if (task != null && running.get()) {
            task.cancel();
        }
        running.set(false);
    }

    /** Runs the shown expectation again (the batch changed). */
    public void refresh() {
        show(shown);
    }

    public Optional<ExpectationConfig> shown() {
        return Optional.ofNullable(shown);
    }

    public ObjectProperty<PreviewPort.Target> targetProperty() {
        return target;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sqlProperty() {
        return sql.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty completedRunsProperty() {
        return completedRuns.getReadOnlyProperty();
    }

    public ObservableList<String> unexpectedValues() {
        return unexpectedValues;
    }
}
