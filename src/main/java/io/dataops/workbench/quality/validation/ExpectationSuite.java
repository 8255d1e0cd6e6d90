package io.dataops.workbench.quality.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A named, ordered list of expectations with the suite's meta: what Great Expectations calls a suite. */
public record ExpectationSuite(String name, List<ExpectationConfig> expectations, Map<String, Object> meta) {

    public ExpectationSuite {
        expectations = List.copyOf(expectations);
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }

    public static ExpectationSuite of(String name, List<ExpectationConfig> expectations) {
        return new ExpectationSuite(name, expectations, Map.of());
    }
}
