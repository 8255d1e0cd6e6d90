package io.dataops.workbench.hcl.parser;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.charset.StandardCharsets;

/**
 * Jazzer fuzz test of parser and formatter ({@link FuzzProperties}). Run it with
 * {@code JAZZER_FUZZ=1 mvn -Dbuild.dir=target-fuzz test -Dtest=HclParserFuzzTest} (stops after 60 s).
 *
 * <p>It is skipped in ordinary runs: even in Jazzer's regression mode, starting Jazzer scans the whole
 * test class path for hooks (DuckDB, PostgreSQL and JavaFX jars included), which took a minute on our
 * 2-core machines. {@link FuzzSeedsTest} replays the same seed inputs in milliseconds instead.
 */
@EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
class HclParserFuzzTest {

    static {
        // Coverage for our code only, so the fuzzer does not spend its time instrumenting the libraries.
        System.setProperty("jazzer.instrumentation_includes", "io.dataops.workbench.hcl.**");
        System.setProperty("jazzer.custom_hook_includes", "io.dataops.workbench.hcl.**");
    }

    @FuzzTest(maxDuration = "60s")
    void parsesAndFormatsAnyInput(byte[] input) {
        FuzzProperties.check(new String(input, StandardCharsets.UTF_8));
    }
}
