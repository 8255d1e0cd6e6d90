package io.dataops.workbench.quality.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.quality.profile.ProfileMasking;
import io.dataops.workbench.quality.validation.store.ValidationStore;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results per suite and asset over time, the detail of a run, and masking by the sensitive-data setting. */
class ValidationHistoryTest {

    @TempDir
    Path dir;

    Workspace workspace;
    final AtomicBoolean mask = new AtomicBoolean();
    ValidationHistory history;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        StoredRuns.insert(workspace::connect, 1, 43);
        history = new ValidationHistory(workspace::connect, mask::get);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void seriesAreSuiteSourceAndAssetWithBatchesFoldedIn() {
        assertThat(history.series()).containsExactly(
                new HistoryKey("orders", "warehouse", "SAMPLES.ORDERS"),
                new HistoryKey("orders", "warehouse", "SAMPLES.PAYMENT"),
                new HistoryKey("payments", "warehouse", "SAMPLES.ORDERS"),
                new HistoryKey("payments", "warehouse", "SAMPLES.PAYMENT"));
        assertThat(history.count()).isEqualTo(42);
    }

    @Test
    void trendHasSuccessRatioAndUnexpectedCountsOldestFirst() {
        HistoryKey key = new HistoryKey("orders", "warehouse", "SAMPLES.PAYMENT");
        // odd multiples of 3 up to 42: 3, 9, 15, 21, 27, 33, 39; 21 is a multiple of 7 and fails
        List<TrendPoint> trend = history.trend(key, 100);
        assertThat(trend).extracting(TrendPoint::resultId).containsExactly(3L, 9L, 15L, 21L, 27L, 33L, 39L);
        TrendPoint failed = trend.get(3);
        assertThat(failed.success()).isFalse();
        assertThat(failed.successRatio()).isEqualTo(0.5);
        assertThat(failed.unexpectedCount()).isEqualTo(3);
        assertThat(trend.get(0).unexpectedCount()).isZero();
        assertThat(history.trend(key, 2)).extracting(TrendPoint::resultId).containsExactly(33L, 39L);
    }

    @Test
    void detailShowsEachExpectationAndMasksValuesWhenTheSettingIsOn() {
        RunDetail detail = history.detail(21).orElseThrow();
        assertThat(detail.run().success()).isFalse();
        assertThat(detail.failures()).singleElement().satisfies(o -> {
            assertThat(o.column()).contains("status");
            assertThat(o.unexpectedCount()).hasValue(3);
            assertThat(o.unexpectedValues()).contains("secret-21");
        });
        assertThat(detail.outcomes().get(1).observedValue()).contains(101);

        mask.set(true);
        RunDetail masked = history.detail(21).orElseThrow();
        assertThat(masked.masked()).isTrue();
        assertThat(masked.failures().get(0).unexpectedValues()).containsOnly(ProfileMasking.MASK);
        assertThat(masked.failures().get(0).result().toString()).doesNotContain("secret-21");
        assertThat(masked.outcomes().get(1).observedValue()).contains(101);
        assertThat(history.detail(9999)).isEmpty();
    }

    @Test
    void pagesAreNewestFirstAndResultsSavedByTheStoreAppear() {
        assertThat(history.page(0, 3)).extracting(RunSummary::id).containsExactly(42L, 41L, 40L);
        long id = new ValidationStore(workspace::connect).saveResult("warehouse", StoredRuns.run(43));
        assertThat(history.page(0, 1).get(0).id()).isEqualTo(id);
        assertThat(history.after(41)).extracting(RunSummary::id).containsExactly(42L, id);
    }
}
