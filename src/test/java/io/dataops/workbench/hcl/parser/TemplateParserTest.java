package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.ConfigFile;
import io.dataops.workbench.hcl.tree.TemplateExpr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Templates: escapes, interpolation, directives, strip markers, heredocs (hclsyntax-spec.md "Templates"). */
class TemplateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "\"\" ; (quoted '')", "\"abc\" ; (quoted 'abc')",
            "\"a\\nb\\tc\\rd\" ; (quoted 'a\\nb\\tc\rd')", "\"q\\\"q\" ; (quoted 'q\"q')", "\"b\\\\s\" ; (quoted 'b\\s')",
            "\"\\u00e9\\U0001F600\" ; (quoted 'é😀')", "\"$${a} %%{b}\" ; (quoted '${a} %{b}')",
            "\"$ and % alone\" ; (quoted '$ and % alone')",
            "\"a ${b} c\" ; (quoted 'a ' ${b} ' c')", "\"${b}\" ; (quoted ${b})", "\"${a}${b}\" ; (quoted ${a} ${b})",
            "\"${ {a = 1}.a }\" ; (quoted ${(. {a=1} a)})", "\"${\"${x}\"}\" ; (quoted ${(quoted ${x})})",
            // strip markers remove spaces of the adjacent literal only
            "\"hello ${~ \"world\" }\" ; (quoted 'hello' ${(quoted 'world')})",
            "\"a ${b ~} c\" ; (quoted 'a ' ${b} 'c')", "\"${\"hello\" ~}${\" world\"}\" ; (quoted ${(quoted 'hello')} ${(quoted ' world')})",
            "\"%{ if true ~} hello %{~ endif }\" ; (quoted (if true then 'hello'))",
            "\"%{if a}x%{else}y%{endif}\" ; (quoted (if a then 'x' else 'y'))",
            "\"%{for v in xs}${v},%{endfor}\" ; (quoted (for v xs do ${v} ','))",
            "\"%{for k, v in m}${k}%{endfor}\" ; (quoted (for k,v m do ${k}))",
            "\"%{if a}%{for v in xs}${v}%{endfor}%{endif}\" ; (quoted (if a then (for v xs do ${v})))",
    })
    void parsesQuotedTemplate(String source, String tree) {
        assertThat(Sexpr.of(ExpressionParserTest.expr(source))).isEqualTo(tree);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "`<<EOT\nFoo\nBar\nEOT` ; (heredoc 'Foo\\nBar\\n')",
            "`<<EOT\n  Foo\n  EOT` ; (heredoc '  Foo\\n')",
            "`<<EOT\nEOT` ; (heredoc '')",
            "`<<EOT\n  ${a}\nEOT` ; (heredoc '  ' ${a} '\\n')",
            "`<<-EOT\n    Foo\n      Bar\n    EOT` ; (flush_heredoc 'Foo\\n  Bar\\n')",
            "`<<-EOT\n    Foo\n  Bar\n    Baz\n  EOT` ; (flush_heredoc '  Foo\\nBar\\n  Baz\\n')",
            "`<<-EOT\n    Foo\n\n    Bar\n  EOT` ; (flush_heredoc 'Foo\\n\\nBar\\n')",
            "`<<-EOT\n    Foo\n  ${b}\n    Baz\n  EOT` ; (flush_heredoc '  Foo\\n' ${b} '\\n  Baz\\n')",
            "`<<-EOT\n\tFoo\n  Bar\n  EOT` ; (flush_heredoc 'Foo\\n Bar\\n')",
            "`<<EOT\n%{ if a ~}\n  yes\n%{~ endif }\nEOT` ; (heredoc (if a then '  yes') '\\n')",
            "`<<EOT\nno \\q escapes $${x}\nEOT` ; (heredoc 'no \\q escapes ${x}\\n')",
    })
    void parsesHeredoc(String source, String tree) {
        assertThat(Sexpr.of(ExpressionParserTest.expr(source))).isEqualTo(tree);
    }

    @Test
    void unwrapsSingleInterpolation() {
        assertThat(((TemplateExpr) ExpressionParserTest.expr("\"${true}\"")).unwrapped()).isPresent();
        assertThat(((TemplateExpr) ExpressionParserTest.expr("\"x${true}\"")).unwrapped()).isEmpty();
        assertThat(((TemplateExpr) ExpressionParserTest.expr("\"abc\"")).literalValue()).contains("abc");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "x = \"\\q\" ; Invalid escape sequence ; 6 ; 8",
            "x = \"\\u12\" ; Invalid escape sequence ; 6 ; 10",
            "x = \"\\UFFFFFFFF\" ; Invalid escape sequence ; 6 ; 16",
            "x = \"${a b}\" ; Extra characters after interpolation expression ; 10 ; 11",
            "x = \"${a: b}\" ; Extra characters after interpolation expression ; 9 ; 10",
            "x = \"%{if a}x\" ; Unexpected end of template ; 14 ; 15",
            "x = \"%{for v in xs}x\" ; Unexpected end of template ; 21 ; 22",
            "x = \"%{endif}\" ; Unexpected endif directive ; 6 ; 14",
            "x = \"%{if a}%{endfor}\" ; Unexpected endfor directive ; 13 ; 22",
            "x = \"%{iff a}x%{endif}\" ; Invalid template control keyword ; 8 ; 11",
            "x = \"%{if a b}x%{endif}\" ; Extra characters in if marker ; 13 ; 14",
            "x = \"abc ; Unterminated template string ; 9 ; 1",
    })
    void reportsTemplateErrors(String source, String summary, int column, int endColumn) {
        ConfigFile file = HclParser.parse(source + "\n", "t.hcl");
        assertThat(file.diagnostics()).anySatisfy(d -> {
            assertThat(d.summary()).isEqualTo(summary);
            assertThat(d.subject().start().column()).isEqualTo(column);
            assertThat(d.subject().end().column()).isEqualTo(endColumn);
        });
        assertThat(file.print()).isEqualTo(source + "\n");
    }

    @Test
    void parsesBareTemplate() {
        HclParser.ExpressionParse parsed = HclParser.parseTemplate("Hello, ${name}!%{if x} yes%{endif}", "t.tmpl");
        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(Sexpr.of(parsed.expression())).isEqualTo("(bare 'Hello, ' ${name} '!' (if x then ' yes'))");
    }
}
