package io.dataops.workbench.hcl.conformance;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourcePos;
import io.dataops.workbench.hcl.eval.Evaluation;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.hcl.eval.decode.SpecDecoder;
import io.dataops.workbench.hcl.json.JsonConfigParser;
import io.dataops.workbench.hcl.parser.HclParser;
import io.dataops.workbench.hcl.tree.Body;
import io.dataops.workbench.hcl.tree.ConfigFile;
import io.dataops.workbench.testsupport.Requirements;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HashiCorp's HCL spec suite ({@code ../shared/conformance/hcl-specsuite/tests}), judged as its own harness
 * (hclspecsuite) judges hcldec: for each {@code .t} file, decode the {@code .hcl} (and {@code .hcl.json})
 * input with the {@code .hcldec} spec; with expected diagnostics, the set of (severity, range) of the
 * diagnostics about the input must equal the expected set; otherwise there must be no error, the type must
 * conform to {@code result_type} and the value must equal {@code result}. All files are read with our parser.
 */
class HclSpecSuiteTest {

    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger RUN = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> specSuite() throws IOException {
        Path tests = Requirements.sharedDir().resolve("conformance/hcl-specsuite/tests");
        Requirements.require(Files.isDirectory(tests), "the HCL spec suite is missing at " + tests);
        List<Path> cases;
        try (Stream<Path> files = Files.walk(tests)) {
            cases = files.filter(p -> p.toString().endsWith(".t")).sorted().toList();
        }
        int total = cases.size();
        return Stream.concat(
                cases.stream().map(t -> DynamicTest.dynamicTest(tests.relativize(t).toString(), () -> runCase(t))),
                Stream.of(DynamicTest.dynamicTest("pass rate", () ->
                        System.out.println("HCL spec suite: " + PASSED.get() + "/" + total + " cases pass"))));
    }

    private static void runCase(Path testFile) {
        RUN.incrementAndGet();
        List<String> problems = new ArrayList<>();
        String base = testFile.toString().substring(0, testFile.toString().length() - 2);
        SpecSuiteExpectation expected = SpecSuiteExpectation.read(read(testFile), testFile.toString(), problems);
        HcldecSpecFile spec = HcldecSpecFile.read(read(Path.of(base + ".hcldec")), base + ".hcldec", problems);
        for (String suffix : List.of(".hcl", ".hcl.json")) {
            Path input = Path.of(base + suffix);
            if (Files.exists(input)) {
                runInput(input, spec, expected, problems);
            }
        }
        if (problems.isEmpty()) {
            PASSED.incrementAndGet();
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private static void runInput(Path input, HcldecSpecFile spec, SpecSuiteExpectation expected, List<String> problems) {
        String filename = input.toString();
        Body body;
        List<Diagnostic> diags;
        if (filename.endsWith(".json")) {
            // JSON cannot tell blocks from attributes by itself: the decoding spec says which names are blocks.
            JsonConfigParser.JsonConfigFile file = JsonConfigParser.parse(read(input), filename,
                    JsonSchemaOfSpec.of(spec.spec()));
            body = file.body();
            diags = new ArrayList<>(file.diagnostics());
        } else {
            ConfigFile file = HclParser.parse(read(input), filename);
            body = file.body();
            diags = new ArrayList<>(file.diagnostics());
        }
        HclValue value = HclValue.DYNAMIC_UNKNOWN;
        if (!hasErrors(diags)) {
            if (expected.checksTraversals()) {
                int found = VariableReferences.in(body).size();
                if (found != expected.expectedTraversals()) {
                    problems.add(input.getFileName() + ": " + found + " traversals, expected " + expected.expectedTraversals());
                }
            }
            Evaluation decoded = SpecDecoder.decode(body, spec.spec(), spec.context());
            diags.addAll(decoded.diagnostics());
            value = decoded.value();
        }
        if (expected.diagnostics().isEmpty()) {
            judgeResult(input, value, diags, expected, problems);
        } else {
            judgeDiagnostics(input, diags, expected, problems);
        }
    }

    private static void judgeResult(Path input, HclValue value, List<Diagnostic> diags, SpecSuiteExpectation expected,
                                    List<String> problems) {
        if (hasErrors(diags)) {
            diags.forEach(d -> problems.add(input.getFileName() + ": unexpected diagnostic " + d));
            return;
        }
        if (!conforms(value.type(), expected.resultType())) {
            problems.add(input.getFileName() + ": produced " + value.type().typeString() + ", expected "
                    + expected.resultType().typeString());
        }
        expected.result().ifPresent(want -> {
            if (!value.equals(want)) {
                problems.add(input.getFileName() + ": produced " + value + ", expected " + want);
            }
        });
    }

    private static void judgeDiagnostics(Path input, List<Diagnostic> diags, SpecSuiteExpectation expected,
                                         List<String> problems) {
        Set<SpecSuiteExpectation.ExpectedDiagnostic> got = new HashSet<>();
        for (Diagnostic d : diags) {
            if (d.subject() == null || !input.toString().equals(d.subject().filename())) {
                problems.add(input.getFileName() + ": diagnostic about another file: " + d);
                continue;
            }
            got.add(new SpecSuiteExpectation.ExpectedDiagnostic(d.severity(), d.subject().start(), d.subject().end()));
        }
        Set<SpecSuiteExpectation.ExpectedDiagnostic> want = new HashSet<>(expected.diagnostics());
        for (SpecSuiteExpectation.ExpectedDiagnostic g : got) {
            if (!want.contains(g)) {
                problems.add(input.getFileName() + ": unexpected " + describe(g) + ": " + diags.stream()
                        .filter(d -> d.subject() != null && d.subject().start().equals(g.from())).findFirst().orElse(null));
            }
        }
        for (SpecSuiteExpectation.ExpectedDiagnostic w : want) {
            if (!got.contains(w)) {
                problems.add(input.getFileName() + ": missing " + describe(w));
            }
        }
    }

    private static String describe(SpecSuiteExpectation.ExpectedDiagnostic d) {
        return d.severity() + " diagnostic at " + pos(d.from()) + "-" + pos(d.to());
    }

    private static String pos(SourcePos p) {
        return p.line() + ":" + p.column() + "(byte " + p.byteOffset() + ")";
    }

    /** cty's TestConformance: {@code any} in the wanted type matches anything. */
    static boolean conforms(HclType got, HclType want) {
        if (want == HclType.DYNAMIC || got.equals(want)) {
            return true;
        }
        if (got.getClass() != want.getClass()) {
            return false;
        }
        if (want.isCollection()) {
            return conforms(got.elementType(), want.elementType());
        }
        if (want instanceof HclType.ObjectType w) {
            HclType.ObjectType g = (HclType.ObjectType) got;
            return g.attributes().keySet().equals(w.attributes().keySet())
                    && w.attributes().keySet().stream().allMatch(k -> conforms(g.attributes().get(k), w.attributes().get(k)));
        }
        if (want instanceof HclType.TupleType w) {
            HclType.TupleType g = (HclType.TupleType) got;
            if (g.elements().size() != w.elements().size()) {
                return false;
            }
            for (int i = 0; i < w.elements().size(); i++) {
                if (!conforms(g.elements().get(i), w.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean hasErrors(List<Diagnostic> diags) {
        return diags.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
