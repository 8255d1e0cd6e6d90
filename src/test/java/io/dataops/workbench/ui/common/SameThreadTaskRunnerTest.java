package io.dataops.workbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.CancelledException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameThreadTaskRunnerTest {

    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final List<String> events = new ArrayList<>();

    @Test
    void successRunsTheSucceededCallbackThenDone() {
        runner.submit(BackgroundTask.of("answer", context -> 42)
                .onSucceeded(value -> events.add("succeeded " + value))
                .onDone(() -> events.add("done")));
        assertThat(events).containsExactly("succeeded 42", "done");
    }

    @Test
    void failureWithoutHandlerGoesToTheErrorReporter() {
        IllegalStateException boom = new IllegalStateException("boom");
        runner.submit(BackgroundTask.of("fails", context -> {
            throw boom;
        }).onDone(() -> events.add("done")));
        assertThat(runner.reportedErrors()).containsExactly(boom);
        assertThat(events).containsExactly("done");
    }

    @Test
    void cancelledExceptionIsNotAnError() {
        runner.submit(BackgroundTask.of("cancelled", context -> {
            throw new CancelledException();
        }).onCancelled(() -> events.add("cancelled")).onFailed(e -> events.add("failed")));
        assertThat(events).containsExactly("cancelled");
        assertThat(runner.reportedErrors()).isEmpty();
    }
}
