package io.dataops.workbench.ui.quality.builder;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LivePreviewViewModelTest {

    private final List<ExpectationConfig> ran = new ArrayList<>();
    private final PreviewPort port = (target, expectation, context) -> {
        ran.add(expectation);
        long max = ((Number) expectation.kwargs().get("max_value")).longValue();
        long unexpected = Math.max(0, 10 - max);
        return new PreviewOutcome(unexpected == 0, OptionalLong.of(unexpected), unexpected == 0 ? List.of() : List.of("11", "12"),
                Optional.empty(), "SELECT COUNT(*) FROM t WHERE NOT (amount <= " + max + ")", Optional.empty());
    };
    private final PreviewPort.Target target = new PreviewPort.Target(FileSource.of("p.csv"), AssetRef.wholeFile(),
            Optional.empty());

    private static ExpectationConfig between(int max) {
        return ExpectationConfig.of("expect_column_values_to_be_between", Map.of("column", "amount", "max_value", max));
    }

    @Test
    void eachChangeShowsTheResultOfTheExpectationAsItIsNow() {
        LivePreviewViewModel preview = new LivePreviewViewModel(port, new SameThreadTaskRunner(), Debouncer.immediate(), () -> false);
        preview.targetProperty().set(target);

        preview.show(between(12));
        assertThat(preview.stateProperty().get()).isEqualTo(LivePreviewViewModel.State.PASSED);
        assertThat(preview.summaryProperty().get()).isEqualTo("Passes: 0 unexpected.");

        preview.show(between(8));
        assertThat(preview.stateProperty().get()).isEqualTo(LivePreviewViewModel.State.FAILED);
        assertThat(preview.summaryProperty().get()).isEqualTo("Fails: 2 unexpected.");
        assertThat(preview.unexpectedValues()).containsExactly("11", "12");
        assertThat(preview.sqlProperty().get()).contains("amount <= 8");
    }

    @Test
    void aBurstOfEditsRunsOnlyTheLastOne() {
        List<Runnable> pending = new ArrayList<>();
        LivePreviewViewModel preview = new LivePreviewViewModel(port, new SameThreadTaskRunner(), pending::add, () -> false);
        preview.targetProperty().set(target);

        preview.show(between(9));
        preview.show(between(8));
        preview.show(between(7));
        pending.forEach(Runnable::run);

        assertThat(ran).containsExactly(between(7));
        assertThat(preview.summaryProperty().get()).isEqualTo("Fails: 3 unexpected.");
    }

    @Test
    void unexpectedValuesAreMaskedWhenTheSensitiveDataSettingIsOn() {
        LivePreviewViewModel preview = new LivePreviewViewModel(port, new SameThreadTaskRunner(), Debouncer.immediate(), () -> true);
        preview.targetProperty().set(target);

        preview.show(between(8));

        assertThat(preview.unexpectedValues()).containsExactly("***", "***");
    }

    @Test
    void withoutABatchNothingRuns() {
        LivePreviewViewModel preview = new LivePreviewViewModel(port, new SameThreadTaskRunner(), Debouncer.immediate(), () -> false);

        preview.show(between(8));

        assertThat(ran).isEmpty();
        assertThat(preview.stateProperty().get()).isEqualTo(LivePreviewViewModel.State.IDLE);
    }
}
