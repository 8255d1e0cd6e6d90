package io.dataops.workbench.hcl.format;

import io.dataops.workbench.testsupport.Requirements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our formatter against the real {@code terraform fmt}: for every input terraform accepts, the outputs
 * must be identical byte for byte (and formatting our output again must change nothing). Inputs: the
 * bundled Terraform samples, the HCL spec-suite inputs, and a few hundred generated messy configurations.
 * All go to terraform in one batch, so the whole test takes seconds.
 */
class FormatterDifferentialTest {
    private static final int GENERATED = 400;

    @TempDir
    Path work;

    @Test
    void samplesFormatLikeTerraform() throws IOException {
        Map<String, String> inputs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/samples"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".tf")).sorted().toList()) {
                inputs.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(inputs).isNotEmpty();
        compare("samples", inputs, inputs.size());
    }

    @Test
    void specSuiteInputsFormatLikeTerraform() throws IOException {
        Path tests = Requirements.sharedDir().resolve("conformance/hcl-specsuite/tests");
        Requirements.require(Files.isDirectory(tests), "no spec suite at " + tests);
        Map<String, String> inputs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(tests)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".hcl")).sorted().toList()) {
                inputs.put(tests.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        compare("spec suite", inputs, 1);
    }

    @Test
    void generatedMessyConfigurationsFormatLikeTerraform() {
        Map<String, String> inputs = new LinkedHashMap<>();
        List<String> cases = MessyConfigGenerator.cases(20240611L, GENERATED);
        for (int i = 0; i < cases.size(); i++) {
            inputs.put("generated #" + i, cases.get(i));
        }
        compare("generated", inputs, GENERATED * 9 / 10);
    }

    /** Compares all inputs; {@code minAccepted} guards against a generator that only makes invalid input. */
    private void compare(String what, Map<String, String> inputs, int minAccepted) {
        Map<String, String> expected = TerraformFmt.format(inputs, work);
        List<String> mismatches = new ArrayList<>();
        int accepted = 0;
        int identical = 0;
        int refusedByBoth = 0;
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            String name = input.getKey();
            FormatResult ours = Formatter.format(input.getValue(), name);
            String theirs = expected.get(name);
            if (theirs == null) {
                if (ours.hasErrors()) {
                    refusedByBoth++;
                } else {
                    mismatches.add(name + ": terraform refuses it, we accepted it\n--- input ---\n" + input.getValue());
                }
                continue;
            }
            accepted++;
            if (ours.text().equals(theirs) && !ours.hasErrors()) {
                identical++;
                assertThat(Formatter.format(ours.text(), name).changed()).as("idempotent on " + name).isFalse();
            } else {
                mismatches.add(name + (ours.hasErrors() ? ": we refused it: " + ours.diagnostics() : ": differs")
                        + "\n--- input ---\n" + input.getValue() + "\n--- terraform ---\n" + theirs
                        + "\n--- ours ---\n" + ours.text());
            }
        }
        System.out.printf("Differential %s: %d inputs, %d accepted by terraform, %d identical, %d refused by both%n",
                what, inputs.size(), accepted, identical, refusedByBoth);
        assertThat(mismatches).as(what + " mismatches").isEmpty();
        assertThat(accepted).as(what + " inputs terraform accepted").isGreaterThanOrEqualTo(minAccepted);
    }
}
