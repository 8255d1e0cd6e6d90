package io.dataops.workbench.quality.suite;

import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.time.Instant;

/** One saved version of a suite: its number (1, 2, ...), its GX 1.x JSON as saved, when, and the user's note. */
public record SuiteVersion(String suiteName, int version, String json, Instant savedAt, String note) {

    public ExpectationSuite suite() {
        return SuiteJson.parse(json, suiteName);
    }
}
