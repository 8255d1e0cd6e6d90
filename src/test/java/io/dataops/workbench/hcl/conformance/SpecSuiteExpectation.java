package io.dataops.workbench.hcl.conformance;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourcePos;
import io.dataops.workbench.hcl.eval.ConversionException;
import io.dataops.workbench.hcl.eval.EvalContext;
import io.dataops.workbench.hcl.eval.Evaluation;
import io.dataops.workbench.hcl.eval.ExpressionEvaluator;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.hcl.eval.TypeConversion;
import io.dataops.workbench.hcl.eval.TypeExpressions;
import io.dataops.workbench.hcl.parser.HclParser;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.Body;
import io.dataops.workbench.hcl.tree.ConfigFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code .t} file of the spec suite, read with our own parser as the hclspecsuite harness reads it: the
 * expected {@code result} (evaluated with no context and converted to {@code result_type}), the
 * {@code result_type} (default {@code any}), the expected {@code diagnostics} (severity and range only) and
 * whether it checks the traversals the input refers to.
 */
record SpecSuiteExpectation(Optional<HclValue> result, HclType resultType, List<ExpectedDiagnostic> diagnostics,
                            boolean checksTraversals, int expectedTraversals) {

    /** A diagnostic the input must produce: its severity and its range as (line, column, byte) pairs. */
    record ExpectedDiagnostic(Diagnostic.Severity severity, SourcePos from, SourcePos to) {
    }

    static SpecSuiteExpectation read(String source, String filename, List<String> problems) {
        ConfigFile file = HclParser.parse(source, filename);
        file.diagnostics().forEach(d -> problems.add("test file parse: " + d));
        Body body = file.body();
        HclType resultType = body.attribute("result_type")
                .flatMap(a -> {
                    List<Diagnostic> diags = new ArrayList<>();
                    Optional<HclType> t = TypeExpressions.typeConstraint(a.expression(), diags);
                    diags.forEach(d -> problems.add("result_type: " + d));
                    return t;
                })
                .orElse(HclType.DYNAMIC);
        Optional<HclValue> result = body.attribute("result").map(a -> {
            Evaluation e = ExpressionEvaluator.evaluate(a.expression(), EvalContext.NONE);
            e.diagnostics().forEach(d -> problems.add("result: " + d));
            try {
                return TypeConversion.convert(e.value(), resultType);
            } catch (ConversionException ex) {
                problems.add("The result value does not conform to the given result type: " + ex.getMessage());
                return e.value();
            }
        });
        List<ExpectedDiagnostic> diagnostics = new ArrayList<>();
        for (Block block : body.blocks("diagnostics")) {
            for (Block entry : block.body().blocks()) {
                Diagnostic.Severity severity = entry.type().equals("warning") ? Diagnostic.Severity.WARNING : Diagnostic.Severity.ERROR;
                diagnostics.add(new ExpectedDiagnostic(severity, position(entry.body(), "from", problems),
                        position(entry.body(), "to", problems)));
            }
        }
        List<Block> traversals = body.blocks("traversals");
        int expectedTraversals = traversals.stream().mapToInt(b -> b.body().blocks().size()).sum();
        return new SpecSuiteExpectation(result, resultType, diagnostics, !traversals.isEmpty(), expectedTraversals);
    }

    private static SourcePos position(Body entry, String name, List<String> problems) {
        List<Block> blocks = entry.blocks(name);
        if (blocks.isEmpty()) {
            problems.add("diagnostic without " + name);
            return new SourcePos(0, 0, 0);
        }
        Body pos = blocks.get(0).body();
        return new SourcePos(field(pos, "line", problems), field(pos, "column", problems), field(pos, "byte", problems));
    }

    private static int field(Body pos, String name, List<String> problems) {
        return pos.attribute(name).map(a -> {
            Evaluation e = ExpressionEvaluator.evaluate(a.expression(), EvalContext.NONE);
            return e.value().asNumber().intValueExact();
        }).orElseGet(() -> {
            problems.add("position without " + name);
            return 0;
        });
    }
}
