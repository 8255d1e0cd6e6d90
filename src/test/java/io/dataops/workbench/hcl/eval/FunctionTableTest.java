package io.dataops.workbench.hcl.eval;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** Results of the Terraform functions, as Terraform gives them. */
class FunctionTableTest {

    @TestFactory
    Stream<DynamicTest> strings() {
        return EvalFixture.table(new String[][] {
                {"upper(\"abc\")", "\"ABC\""},
                {"lower(\"ABC\")", "\"abc\""},
                {"trimspace(\"  a b \\n\")", "\"a b\""},
                {"trim(\"?!hello?!\", \"!?\")", "\"hello\""},
                {"trimprefix(\"helloworld\", \"hello\")", "\"world\""},
                {"trimsuffix(\"helloworld\", \"world\")", "\"hello\""},
                {"replace(\"a-b-c\", \"-\", \"+\")", "\"a+b+c\""},
                {"replace(\"hello world\", \"/w.*d/\", \"there\")", "\"hello there\""},
                {"split(\",\", \"a,b,,c\")", "tolist([\"a\", \"b\", \"\", \"c\"])"},
                {"join(\"-\", [\"a\", \"b\"], [\"c\"])", "\"a-b-c\""},
                {"substr(\"hello world\", 1, 4)", "\"ello\""},
                {"substr(\"hello world\", -5, -1)", "\"world\""},
                {"length(\"héllo\")", "5"},
                {"format(\"%s-%03d\", name, 7)", "\"web-007\""},
                {"format(\"%.2f|%5s|%-4d|%t|%v\", 3.14159, \"ab\", 7, true, [1])", "\"3.14|   ab|7   |true|[1]\""},
                {"format(\"%q %x %%\", \"a\", 255)", "\"\\\"a\\\" ff %\""},
                {"formatlist(\"%s=%s\", [\"a\", \"b\"], \"x\")", "tolist([\"a=x\", \"b=x\"])"},
                {"title(\"hello world\")", "\"Hello World\""},
                {"strrev(\"abc\")", "\"cba\""},
        });
    }

    @TestFactory
    Stream<DynamicTest> collections() {
        return EvalFixture.table(new String[][] {
                {"length(words)", "3"},
                {"length({a = 1})", "1"},
                {"concat([\"a\"], [\"b\", \"c\"])", "[\"a\", \"b\", \"c\"]"},
                {"concat(words, words)", "tolist([\"a\", \"b\", \"c\", \"a\", \"b\", \"c\"])"},
                {"merge({a = 1}, {b = 2}, {a = 3})", "{\"a\" = 3, \"b\" = 2}"},
                {"merge(tags, {env = \"dev\"})", "{\"env\" = \"dev\", \"team\" = \"data\"}"},
                {"lookup(tags, \"env\", \"none\")", "\"prod\""},
                {"lookup(tags, \"missing\", \"none\")", "\"none\""},
                {"element(words, 4)", "\"b\""},
                {"contains(words, \"b\")", "true"},
                {"contains([1, 2], 3)", "false"},
                {"keys(tags)", "tolist([\"env\", \"team\"])"},
                {"values(tags)", "tolist([\"prod\", \"data\"])"},
                {"keys({b = 1, a = 2})", "[\"a\", \"b\"]"},
                {"flatten([[1, 2], [], [3, [4]]])", "[1, 2, 3, 4]"},
                {"distinct(tolist([\"a\", \"b\", \"a\"]))", "tolist([\"a\", \"b\"])"},
                {"coalesce(\"\", \"b\", \"c\")", "\"b\""},
                {"coalesce(null, 2)", "2"},
                {"compact([\"a\", \"\", \"b\"])", "tolist([\"a\", \"b\"])"},
                {"range(3)", "tolist([0, 1, 2])"},
                {"range(1, 4, 2)", "tolist([1, 3])"},
                {"range(3, 0)", "tolist([3, 2, 1])"},
                {"zipmap([\"a\", \"b\"], [1, 2])", "{\"a\" = 1, \"b\" = 2}"},
                {"reverse([1, 2, 3])", "[3, 2, 1]"},
                {"slice([1, 2, 3, 4], 1, 3)", "[2, 3]"},
                {"sort([\"b\", \"a\", \"c\"])", "tolist([\"a\", \"b\", \"c\"])"},
                {"sum([1, 2, 3.5])", "6.5"},
                {"index(words, \"c\")", "2"},
        });
    }

    @TestFactory
    Stream<DynamicTest> numbersConversionsEncodings() {
        return EvalFixture.table(new String[][] {
                {"min(3, 1, 2)", "1"},
                {"max(3, 1, 2)", "3"},
                {"abs(-2.5)", "2.5"},
                {"ceil(1.2)", "2"},
                {"floor(-1.2)", "-2"},
                {"signum(-7)", "-1"},
                {"parseint(\"ff\", 16)", "255"},
                {"tostring(12.50)", "\"12.5\""},
                {"tostring(true)", "\"true\""},
                {"tostring(null)", "null"},
                {"tonumber(\"42\")", "42"},
                {"tobool(\"true\")", "true"},
                {"tolist([\"a\", \"b\"])", "tolist([\"a\", \"b\"])"},
                {"tolist([1, \"a\"])", "tolist([\"1\", \"a\"])"},
                {"toset([\"b\", \"a\", \"b\"])", "toset([\"a\", \"b\"])"},
                {"tomap({a = 1, b = \"x\"})", "{\"a\" = \"1\", \"b\" = \"x\"}"},
                {"jsonencode({b = [1, true, null], a = \"<x>\"})", "\"{\\\"a\\\":\\\"\\\\u003cx\\\\u003e\\\",\\\"b\\\":[1,true,null]}\""},
                {"jsondecode(\"{\\\"a\\\": [1, 2.5, \\\"x\\\"], \\\"b\\\": null}\")", "{\"a\" = [1, 2.5, \"x\"], \"b\" = null}"},
                {"base64encode(\"hello\")", "\"aGVsbG8=\""},
                {"base64decode(\"aGVsbG8=\")", "\"hello\""},
                {"cidrsubnet(\"10.0.0.0/16\", 8, 2)", "\"10.0.2.0/24\""},
                {"cidrsubnet(\"172.16.0.0/12\", 4, 15)", "\"172.31.0.0/16\""},
                {"cidrsubnet(\"fd00:fd12:3456:7890::/56\", 16, 162)", "\"fd00:fd12:3456:7800:a200::/72\""},
                {"cidrhost(\"10.12.112.0/20\", 16)", "\"10.12.112.16\""},
                {"try(tags.missing, \"fallback\")", "\"fallback\""},
                {"try(tags.env, \"fallback\")", "\"prod\""},
                {"can(tags.missing)", "false"},
                {"can(words[0])", "true"},
                {"upper(later)", "(known after apply)"},
                {"length(later)", "(known after apply)"},
                {"can(later)", "(known after apply)"},
        });
    }
}
