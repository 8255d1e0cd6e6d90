package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ours against {@code terraform validate -json} (offline) on generated configurations, one batch per
 * validation phase (each batch is one root calling many case modules, so one init and one validate):
 * none of our errors where terraform reports none, and terraform's undeclared-reference and
 * missing-argument errors found by us too. Also the samples.
 */
class TerraformValidateDifferentialTest {

    private static final Set<String> MUST_FIND = Set.of("Reference to undeclared input variable",
            "Reference to undeclared local value", "Reference to undeclared resource", "Reference to undeclared module",
            "Missing required argument");

    @TempDir
    Path dir;

    @Test
    void generatedBatchesAgreeWithTerraformValidate() throws Exception {
        TerraformCli terraform = new TerraformCli();
        int compared = 0;
        for (CaseGenerator.Phase phase : CaseGenerator.Phase.values()) {
            // Terraform stops at the first module call with bad arguments, so those cases go one at a time.
            boolean single = phase == CaseGenerator.Phase.CALL;
            for (int run = 0; run < (single ? 6 : 1); run++) {
                Path batch = TestConfigs.write(Files.createDirectories(dir.resolve(phase.name().toLowerCase() + run)),
                        new CaseGenerator(42 + phase.ordinal() * 10 + run, phase, single ? 1 : 3)
                                .batch(single ? 1 : 25));
                compared += compare(terraform, phase, batch);
            }
        }
        System.out.println("terraform validate differential: " + compared + " terraform errors compared");
    }

    private int compare(TerraformCli terraform, CaseGenerator.Phase phase, Path batch) throws Exception {
        terraform.init(batch);
        List<TerraformCli.TfDiagnostic> theirs = terraform.validate(batch).stream()
                .filter(d -> d.severity().equals("error")).toList();
        List<Diagnostic> ours = TestConfigs.errors(TestConfigs.analyse(batch));
        Set<String> theirLines = theirs.stream().map(d -> d.file() + ":" + d.line()).collect(Collectors.toSet());
        Set<String> ourLines = ours.stream().map(d -> d.subject().filename() + ":" + d.subject().start().line())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(ourLines).as("our errors in the %s batch that terraform does not report; terraform: %s",
                        phase, theirs)
                .isSubsetOf(theirLines);
        Set<String> mustFind = theirs.stream().filter(d -> MUST_FIND.contains(d.summary()))
                .map(d -> d.summary() + "@" + d.file() + ":" + d.line()).collect(Collectors.toSet());
        Set<String> found = ours.stream().map(d -> d.summary() + "@" + d.subject().filename() + ":"
                + d.subject().start().line()).collect(Collectors.toSet());
        assertThat(found).as("terraform's errors in the %s batch", phase).containsAll(mustFind);
        if (phase != CaseGenerator.Phase.NONE) {
            assertThat(theirs).as("the %s batch has errors to compare", phase).isNotEmpty();
            assertThat(ours).hasSameSizeAs(theirs);
        } else {
            assertThat(theirs).isEmpty();
        }
        return theirs.size();
    }

    @Test
    void offlineSampleIsValidForBoth() throws Exception {
        TerraformCli terraform = new TerraformCli();
        Path copy = dir.resolve("offline");
        Path sample = TestConfigs.sample("terraform-offline");
        try (var files = Files.walk(sample)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(sample.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        terraform.init(copy);
        assertThat(terraform.validate(copy)).isEmpty();
        assertThat(TestConfigs.analyse(copy).diagnostics()).isEmpty();
    }
}
