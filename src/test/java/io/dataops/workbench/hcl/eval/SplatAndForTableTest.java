package io.dataops.workbench.hcl.eval;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** hclsyntax-spec.md "Splat Operators", "For Expressions", index and attribute access. */
class SplatAndForTableTest {

    @TestFactory
    Stream<DynamicTest> splats() {
        return EvalFixture.table(new String[][] {
                {"servers[*].name", "[\"s1\", \"s2\"]"},
                {"servers.*.port", "[80, 443]"},
                {"words[*]", "tolist([\"a\", \"b\", \"c\"])"},
                {"one[*].id", "[\"x1\"]"},
                {"nothing[*]", "[]"},
                {"name[*]", "[\"web\"]"},
                {"[for s in servers : s.name][*]", "[\"s1\", \"s2\"]"},
                {"(servers[*].name)[0]", "\"s1\""},
                {"servers.*.name[0]", "\"s1\""},
                {"length(servers[*].port)", "2"},
        });
    }

    @TestFactory
    Stream<DynamicTest> forExpressions() {
        return EvalFixture.table(new String[][] {
                {"[for w in words : upper(w)]", "[\"A\", \"B\", \"C\"]"},
                {"[for i, w in words : i]", "[0, 1, 2]"},
                {"[for w in words : w if w != \"b\"]", "[\"a\", \"c\"]"},
                {"{for w in words : w => upper(w)}", "{\"a\" = \"A\", \"b\" = \"B\", \"c\" = \"C\"}"},
                {"{for k, v in tags : v => k}", "{\"data\" = \"team\", \"prod\" = \"env\"}"},
                {"{for s in [\"a1\", \"a2\", \"b1\"] : substr(s, 0, 1) => s...}", "{\"a\" = [\"a1\", \"a2\"], \"b\" = [\"b1\"]}"},
                {"[for s in servers : \"${s.name}:${s.port}\"]", "[\"s1:80\", \"s2:443\"]"},
                {"[for x in toset([\"b\", \"a\", \"b\"]) : x]", "[\"a\", \"b\"]"},
                {"[for k, v in {b = 2, a = 1} : \"${k}${v}\"]", "[\"a1\", \"b2\"]"},
                {"[for x in later == \"\" ? [] : [1] : x]", "(known after apply)"},
        });
    }

    @TestFactory
    Stream<DynamicTest> access() {
        return EvalFixture.table(new String[][] {
                {"words[1]", "\"b\""},
                {"words[\"2\"]", "\"c\""},
                {"servers[1].port", "443"},
                {"servers.0.name", "\"s1\""},
                {"tags.env", "\"prod\""},
                {"tags[\"team\"]", "\"data\""},
                {"one[\"id\"]", "\"x1\""},
                {"{a = {b = [10, 20]}}.a.b[1]", "20"},
                {"{(name) = 1, \"k\" = 2, key = 3}", "{\"k\" = 2, \"key\" = 3, \"web\" = 1}"},
        });
    }
}
