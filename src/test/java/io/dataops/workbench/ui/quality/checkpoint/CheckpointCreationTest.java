package io.dataops.workbench.ui.quality.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.quality.validation.checkpoint.Checkpoint;
import io.dataops.workbench.quality.validation.checkpoint.CheckpointJson;
import io.dataops.workbench.quality.validation.checkpoint.CloudWatchPublishing;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What Create saves, with and without "Also publish metrics to CloudWatch" (no toolkit needed). */
class CheckpointCreationTest {

    private final CheckpointTarget target = new CheckpointTarget(FileSource.of("/data/payments.csv"), AssetRef.table("payment"));

    @Test
    void withoutCloudWatchTheActionsAreStoreAndLocalMetrics() {
        Checkpoint plain = CheckpointsViewModel.checkpoint("nightly", target, "payments", Optional.empty());
        assertThat(plain.actions()).containsExactly(Checkpoint.STORE_RESULT, Checkpoint.PUBLISH_METRICS);
        assertThat(plain.cloudWatch()).isEmpty();
    }

    @Test
    void theCloudWatchChoiceBecomesAPublishCloudWatchActionThatSurvivesSaving() {
        CloudWatchPublishing settings = new CloudWatchPublishing(null, Optional.of("prod"), Optional.of(" eu-west-1 "),
                Optional.empty());
        Checkpoint created = CheckpointsViewModel.checkpoint("nightly", target, "payments", Optional.of(settings));
        assertThat(created.actions()).containsExactly(Checkpoint.STORE_RESULT, Checkpoint.PUBLISH_METRICS,
                Checkpoint.PUBLISH_CLOUDWATCH);
        Checkpoint saved = CheckpointJson.parse(CheckpointJson.write(created), "x");
        assertThat(saved.cloudWatch()).hasValueSatisfying(c -> {
            assertThat(c.namespace()).isEqualTo("DataOps/Quality");
            assertThat(c.profile()).contains("prod");
            assertThat(c.region()).contains("eu-west-1");
            assertThat(c.endpoint()).isEmpty();
        });
    }
}
