package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.eval.function.TerraformFunctions;
import io.dataops.workbench.hcl.parser.HclParser;
import org.junit.jupiter.api.DynamicTest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Parses and evaluates expressions for the table tests, in a context with a few variables and Terraform's functions. */
final class EvalFixture {

    static final EvalContext CONTEXT = EvalContext.of(Map.of(
            "name", HclValue.string("web"),
            "count", HclValue.number(3),
            "flag", HclValue.TRUE,
            "nothing", HclValue.nullOf(HclType.STRING),
            "later", HclValue.unknown(HclType.STRING),
            "words", HclValue.list(HclType.STRING, List.of(HclValue.string("a"), HclValue.string("b"), HclValue.string("c"))),
            "servers", HclValue.tuple(List.of(
                    HclValue.object(Map.of("name", HclValue.string("s1"), "port", HclValue.number(80))),
                    HclValue.object(Map.of("name", HclValue.string("s2"), "port", HclValue.number(443))))),
            "tags", HclValue.map(HclType.STRING, Map.of("env", HclValue.string("prod"), "team", HclValue.string("data"))),
            "one", HclValue.object(Map.of("id", HclValue.string("x1")))),
            TerraformFunctions.table());

    private EvalFixture() {
    }

    static Evaluation evaluate(String expression) {
        HclParser.ExpressionParse parsed = HclParser.parseExpression(expression, "test.hcl");
        assertFalse(parsed.hasErrors(), () -> "parse errors in " + expression + ": " + parsed.diagnostics());
        return ExpressionEvaluator.evaluate(parsed.expression(), CONTEXT);
    }

    /** The value of {@code expression} rendered in HCL syntax; fails on any diagnostic. */
    static String render(String expression) {
        Evaluation e = evaluate(expression);
        assertFalse(e.hasErrors(), () -> expression + " gave " + e.diagnostics());
        return e.value().toString();
    }

    /** One dynamic test per {expression, expected rendering} row. */
    static Stream<DynamicTest> table(String[][] rows) {
        return Arrays.stream(rows).map(row -> DynamicTest.dynamicTest(row[0] + "  =>  " + row[1],
                () -> assertEquals(row[1], render(row[0]), row[0])));
    }

    static HclValue number(String text) {
        return HclValue.number(new BigDecimal(text));
    }
}
