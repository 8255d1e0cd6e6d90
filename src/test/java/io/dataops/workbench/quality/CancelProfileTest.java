package io.dataops.workbench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.CancellableContext;
import io.dataops.workbench.common.CancelledException;
import io.dataops.workbench.quality.profile.ProfileOptions;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.FileSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large generated CSV (about 150 MB, written by DuckDB in a second or two) is cancelled while the first
 * aggregate query runs: the statement stops inside DuckDB, long before the profile would have finished.
 */
class CancelProfileTest {

    @TempDir
    Path dir;

    @Test
    void cancellingStopsTheRunningQuery() throws Exception {
        Path file = dir.resolve("large.csv");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement()) {
            statement.execute("COPY (SELECT range AS id, range % 1000 AS k, md5(range::VARCHAR) AS s,"
                    + " DATE '2020-01-01' + CAST(range % 2000 AS INTEGER) AS d FROM range(3000000))"
                    + " TO '" + file + "' (FORMAT csv)");
        }
        assertThat(Files.size(file)).isGreaterThan(100_000_000L);

        CountDownLatch aggregateStarted = new CountDownLatch(1);
        AtomicInteger steps = new AtomicInteger();
        AtomicLong cancelledAt = new AtomicLong();
        CancellableContext context = new CancellableContext() {
            @Override
            public void progress(long done, long total) {
                steps.incrementAndGet();
                aggregateStarted.countDown(); // The first step is the aggregate query starting.
            }

            @Override
            public void cancel() {
                cancelledAt.set(System.nanoTime());
                super.cancel();
            }
        };
        ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
        try {
            canceller.execute(() -> {
                try {
                    aggregateStarted.await();
                    TimeUnit.MILLISECONDS.sleep(300); // Let DuckDB get well into the file first.
                    context.cancel();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThatThrownBy(() -> Profiling.profiler(dir, Map.of()).profile(FileSource.of(file.toString()),
                    AssetRef.wholeFile(), Optional.empty(), ProfileOptions.exact(), context))
                    .isInstanceOf(CancelledException.class);
            // Judged against the moment of cancel, not the start: a loaded CI machine may take seconds to
            // get there. No later step started, so the aggregate query itself was stopped.
            long millis = (System.nanoTime() - cancelledAt.get()) / 1_000_000;
            assertThat(steps.get()).as("profiling steps started").isEqualTo(1);
            assertThat(millis).as("stopped soon after cancel").isLessThan(5_000);
        } finally {
            canceller.shutdownNow();
        }
    }
}
