package io.dataops.workbench.hcl.eval;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** hclsyntax-spec.md "Operations": arithmetic, comparison, equality, logic and their precedence. */
class OperatorTableTest {

    @TestFactory
    Stream<DynamicTest> arithmeticAndPrecedence() {
        return EvalFixture.table(new String[][] {
                {"1 + 2 * 3", "7"},
                {"(1 + 2) * 3", "9"},
                {"10 - 4 - 3", "3"},
                {"2 * 3 % 4", "2"},
                {"-2 * -3", "6"},
                {"1 / 10", "0.1"},
                // 512-bit binary rounding, checked against exact rational arithmetic: 155 digits are needed.
                {"1 / 3", "0.33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333335"},
                {"2 + 3.5", "5.5"},
                {"3.5 - 2", "1.5"},
                {"11 % 5", "1"},
                {"-11 % 5", "-1"},
                {"5 % 0", "5"},
                {"\"3\" + 4", "7"},
                {"3.14159265358979323846264338327950288419716939937510582097494459 + 1",
                        "4.14159265358979323846264338327950288419716939937510582097494459"},
                {"11 % 5.1", "0.80000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000024"},
                {"1e3 * 2", "2000"},
                {"123456789012345678901234567890 * 10", "1234567890123456789012345678900"},
        });
    }

    @TestFactory
    Stream<DynamicTest> comparisonEqualityAndLogic() {
        return EvalFixture.table(new String[][] {
                {"1 < 2", "true"},
                {"2 <= 1", "false"},
                {"\"10\" > 9", "true"},
                {"\"a\" == \"a\"", "true"},
                {"\"1\" == 1", "false"},
                {"\"true\" != true", "true"},
                {"null == null", "true"},
                {"nothing == null", "true"},
                {"[1, 2] == [1, 2]", "true"},
                {"{a = 1} == {a = 1, b = 2}", "false"},
                {"true && false || true", "true"},
                {"true || false && false", "true"},
                {"!true || !false", "true"},
                {"1 + 1 == 2 && 3 > 2", "true"},
                {"false && later == \"x\"", "false"},
                {"true || later == \"x\"", "true"},
                {"true && later == \"x\"", "(known after apply)"},
                {"later == \"x\"", "(known after apply)"},
                {"later != 1", "true"},
        });
    }

    @TestFactory
    Stream<DynamicTest> conditionals() {
        return EvalFixture.table(new String[][] {
                {"true ? \"a\" : \"b\"", "\"a\""},
                {"false ? 1 : \"b\"", "\"b\""},
                {"true ? 1 : \"b\"", "\"1\""},
                {"flag ? null : \"x\"", "null"},
                {"count > 2 ? [1, 2] : []", "tolist([1, 2])"},
                {"later == \"x\" ? 1 : 2", "(known after apply)"},
                {"\"true\" ? 1 : 2", "1"},
        });
    }
}
