package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Errors: hclsyntax's summaries and the subject ranges (columns, 1-based, end exclusive) they point at. */
class DiagnosticTableTest {

    @TestFactory
    Stream<DynamicTest> summariesAndRanges() {
        String[][] rows = {
                // expression, summary, start column, end column
                {"nosuch + 1", "Unknown variable", "1", "7"},
                {"1 + \"x\"", "Invalid operand", "5", "8"},
                {"\"x\" * 2", "Invalid operand", "1", "4"},
                {"1 / 0", "Operation failed", "1", "6"},
                {"null + 1", "Operation failed", "1", "9"},
                {"!1", "Invalid operand", "2", "3"},
                {"words[5]", "Invalid index", "6", "9"},
                {"words[-1]", "Invalid index", "6", "10"},
                {"words[0.5]", "Invalid index", "6", "11"},
                {"tags[\"nope\"]", "Invalid index", "5", "13"},
                {"tags.nope", "Missing map element", "5", "10"},
                {"one.nope", "Unsupported attribute", "4", "9"},
                {"name.length", "Unsupported attribute", "5", "12"},
                {"nothing.x", "Attempt to get attribute from null value", "8", "10"},
                {"toset(words)[0]", "Invalid index", "13", "16"},
                {"null ? 1 : 2", "Null condition", "1", "5"},
                {"\"x\" ? 1 : 2", "Incorrect condition type", "1", "4"},
                {"true ? [1] : {a = 1}", "Inconsistent conditional result types", "8", "21"},
                {"\"x${nothing}\"", "Invalid template interpolation value", "5", "12"},
                {"\"${words}x\"", "Invalid template interpolation value", "4", "9"},
                {"[for x in 5 : x]", "Iteration over non-iterable value", "11", "12"},
                {"[for x in nothing : x]", "Iteration over null value", "11", "18"},
                {"{for x in words : \"k\" => x}", "Duplicate object key", "19", "22"},
                {"nosuchfn(1)", "Call to unknown function", "1", "9"},
                {"upper()", "Not enough function arguments", "7", "8"},
                {"upper(\"a\", \"b\")", "Too many function arguments", "12", "15"},
                {"upper([1])", "Invalid function argument", "7", "10"},
                {"element([], 0)", "Invalid function argument", "9", "11"},
                {"lookup(tags, \"x\")", "Error in function call", "1", "8"},
                {"upper(words...)", "Too many function arguments", "7", "12"},
                {"upper(name...)", "Invalid expanding argument value", "7", "11"},
                {"{a.b = 1}", "Ambiguous attribute key", "2", "5"},
                {"{(null) = 1}", "Null value as key", "11", "12"},
        };
        return Arrays.stream(rows).map(row -> DynamicTest.dynamicTest(row[0] + "  =>  " + row[1], () -> {
            Evaluation e = EvalFixture.evaluate(row[0]);
            assertTrue(e.hasErrors(), () -> row[0] + " should fail");
            Diagnostic d = e.diagnostics().get(0);
            assertEquals(row[1], d.summary(), () -> row[0] + ": " + d);
            assertEquals(Integer.parseInt(row[2]), d.subject().start().column(), () -> row[0] + " start: " + d);
            assertEquals(Integer.parseInt(row[3]), d.subject().end().column(), () -> row[0] + " end: " + d);
        }));
    }

    @Test
    void unknownVariableSuggestsACloseName() {
        Evaluation e = EvalFixture.evaluate("nmae");
        assertEquals("There is no variable named \"nmae\". Did you mean \"name\"?", e.diagnostics().get(0).detail());
    }

    @Test
    void variablesAreNotAllowedWithoutAContext() {
        Evaluation e = ExpressionEvaluator.evaluate(
                io.dataops.workbench.hcl.parser.HclParser.parseExpression("x", "t.hcl").expression(), EvalContext.NONE);
        assertEquals("Variables not allowed", e.diagnostics().get(0).summary());
    }

    @Test
    void theUntakenConditionalBranchReportsNothing() {
        Evaluation e = EvalFixture.evaluate("true ? 1 : nosuch");
        assertFalse(e.hasErrors(), () -> e.diagnostics().toString());
        assertEquals("1", e.value().toString());
        Evaluation taken = EvalFixture.evaluate("false ? 1 : nosuch");
        assertEquals("Unknown variable", taken.diagnostics().get(0).summary());
    }

    @Test
    void shortCircuitDropsTheOtherSidesErrors() {
        Evaluation e = EvalFixture.evaluate("false && nosuch");
        assertFalse(e.hasErrors(), () -> e.diagnostics().toString());
        assertEquals(HclValue.FALSE, e.value());
    }

    @Test
    void anErrorGivesAnUnknownValueSoItDoesNotCascade() {
        Evaluation e = EvalFixture.evaluate("upper(nosuch) == \"X\"");
        assertEquals(1, e.diagnostics().size(), () -> e.diagnostics().toString());
        assertFalse(e.value().isKnown());
    }
}
