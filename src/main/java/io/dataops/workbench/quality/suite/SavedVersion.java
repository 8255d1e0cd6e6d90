package io.dataops.workbench.quality.suite;

/** What a save did: {@code created} false means the suite equalled its latest version, which is returned. */
public record SavedVersion(SuiteVersion version, boolean created) {
}
