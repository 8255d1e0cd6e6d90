package io.dataops.workbench.ui.quality.builder;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationResult;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.ValidationService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** The live result through the validation engine: a one-expectation suite, SUMMARY results (no SQL shown). */
public final class ValidationPreview implements PreviewPort {

    private final Supplier<ValidationService> service;

    public ValidationPreview(Supplier<ValidationService> service) {
        this.service = service;
    }

    @Override
    public PreviewOutcome run(Target target, ExpectationConfig expectation, TaskContext context) {
        ExpectationResult result = service.get().validate(target.source(), target.asset(), target.batch(),
                ExpectationSuite.of("preview", List.of(expectation)), Optional.of(ResultFormat.of(ResultFormat.Level.SUMMARY)),
                context).results().get(0);
        Map<String, Object> values = result.result();
        OptionalLong count = values.get("unexpected_count") instanceof Number n ? OptionalLong.of(n.longValue())
                : OptionalLong.empty();
        List<String> samples = values.get("partial_unexpected_list") instanceof List<?> list
                ? list.stream().limit(10).map(String::valueOf).toList() : List.of();
        Optional<String> observed = Optional.ofNullable(values.get("observed_value")).map(String::valueOf);
        Optional<String> error = result.raisedException() ? Optional.of(result.exceptionInfo().message()) : Optional.empty();
        return new PreviewOutcome(result.success(), count, samples, observed, "", error);
    }
}
