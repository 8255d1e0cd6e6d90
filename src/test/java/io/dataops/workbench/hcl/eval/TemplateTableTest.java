package io.dataops.workbench.hcl.eval;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** hclsyntax-spec.md "Template Expressions", "Template Interpolation Unwrapping", directives, strip markers, heredocs. */
class TemplateTableTest {

    @TestFactory
    Stream<DynamicTest> templates() {
        return EvalFixture.table(new String[][] {
                {"\"hello ${name}\"", "\"hello web\""},
                {"\"${count}\"", "3"},
                {"\"${count} servers\"", "\"3 servers\""},
                {"\"${flag}\"", "true"},
                {"\"x${flag}\"", "\"xtrue\""},
                {"\"${1.50}\"", "1.5"},
                {"\"a${1/4}\"", "\"a0.25\""},
                {"length(\"$${name}\")", "7"},
                {"length(\"%%{if}\")", "5"},
                {"\"tab\\there\\n\"", "\"tab\\there\\n\""},
                {"\"\\u00e9\"", "\"é\""},
                {"\"${later}!\"", "(known after apply)"},
                {"\"\"", "\"\""},
        });
    }

    @TestFactory
    Stream<DynamicTest> directivesAndStripMarkers() {
        return EvalFixture.table(new String[][] {
                {"\"%{if flag}yes%{else}no%{endif}\"", "\"yes\""},
                {"\"%{if !flag}yes%{endif}\"", "\"\""},
                {"\"%{for w in words}${w},%{endfor}\"", "\"a,b,c,\""},
                {"\"%{for i, w in words}${i}=${w} %{endfor}\"", "\"0=a 1=b 2=c \""},
                {"\"%{for k, v in tags}${k}:${v};%{endfor}\"", "\"env:prod;team:data;\""},
                {"\"a ${~ name ~} b\"", "\"awebb\""},
                {"\"a %{~ if flag ~} b %{~ endif ~} c\"", "\"abc\""},
                {"\"%{for w in words~} ${w} %{~endfor}\"", "\"abc\""},
        });
    }

    @TestFactory
    Stream<DynamicTest> heredocs() {
        return EvalFixture.table(new String[][] {
                {"<<EOT\nhello\n  ${name}\nEOT\n", "\"hello\\n  web\\n\""},
                {"<<-EOT\n    a\n      b\n    EOT\n", "\"a\\n  b\\n\""},
                {"<<-EOT\n  ${name}\n    x\n  EOT\n", "\"web\\n  x\\n\""},
                {"<<EOT\n%{for w in words}${w}\n%{endfor~}\nEOT\n", "\"a\\nb\\nc\\n\""},
        });
    }
}
