package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.QualityWorkspace;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.preview.ExpectationPreview;
import io.dataops.workbench.quality.validation.preview.PreviewResult;

/** The live result through the core's expectation preview (it reports the SQL it ran); masking per the setting. */
public final class CorePreview implements PreviewPort {

    private final QualityWorkspace quality;

    public CorePreview(QualityWorkspace quality) {
        this.quality = quality;
    }

    @Override
    public PreviewOutcome run(Target target, ExpectationConfig expectation, TaskContext context) {
        PreviewResult result = new ExpectationPreview(quality.connector(), quality.settings().maskValues())
                .run(target.source(), target.asset(), target.batch(), expectation, context);
        return new PreviewOutcome(result.success(), result.unexpectedCount(),
                result.unexpectedValues().stream().map(String::valueOf).toList(),
                result.observedValue().map(KwargText::show), result.sqlText(), result.error());
    }
}
