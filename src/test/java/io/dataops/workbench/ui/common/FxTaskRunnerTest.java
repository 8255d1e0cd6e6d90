package io.dataops.workbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.CancelledException;
import io.dataops.workbench.ui.testing.Fx;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {

    private final List<Throwable> reported = new CopyOnWriteArrayList<>();
    private final FxTaskRunner runner = new FxTaskRunner((context, error) -> reported.add(error));

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void cancellingRunsTheStopActionsAndEndsTheWork() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch workEnded = new CountDownLatch(1);
        AtomicBoolean stopActionRan = new AtomicBoolean();
        CountDownLatch cancelledCallback = new CountDownLatch(1);
        RunningTask task = Fx.call(() -> runner.submit(BackgroundTask.of("blocks until stopped", context -> {
            try (var registration = context.onCancel(() -> stopActionRan.set(true))) {
                context.progress(1, 4);
                running.countDown();
                new CountDownLatch(1).await(); // stands for a blocking query or process
                return "never";
            } finally {
                workEnded.countDown();
            }
        }).onCancelled(cancelledCallback::countDown)));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        Fx.waitUntil(() -> runner.runningTasks().contains(task) && task.progressProperty().get() == 0.25);

        Fx.run(task::cancel);

        assertThat(workEnded.await(10, TimeUnit.SECONDS)).as("work stopped").isTrue();
        assertThat(cancelledCallback.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stopActionRan).isTrue();
        Fx.waitUntil(() -> runner.runningTasks().isEmpty());
        assertThat(reported).isEmpty();
    }

    @Test
    void failureGoesToTheReporterAndCancelledExceptionDoesNot() throws Exception {
        CountDownLatch finished = new CountDownLatch(2);
        Fx.run(() -> {
            runner.submit(BackgroundTask.of("fails", context -> {
                throw new IllegalStateException("boom");
            }).onDone(finished::countDown));
            runner.submit(BackgroundTask.of("stops itself", context -> {
                throw new CancelledException();
            }).onDone(finished::countDown));
        });
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0)).hasMessage("boom");
    }

    @Test
    void tasksRunOnNamedDaemonThreads() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        Fx.run(() -> runner.submit(BackgroundTask.of("where", context -> {
            seen.add(Thread.currentThread().getName() + " " + Thread.currentThread().isDaemon());
            return null;
        }).onDone(done::countDown)));
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).singleElement().asString().startsWith("dataops-task-").endsWith("true");
    }
}
