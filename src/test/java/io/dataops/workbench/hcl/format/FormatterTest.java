package io.dataops.workbench.hcl.format;

import io.dataops.workbench.hcl.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules of the formatter, each with terraform fmt's output as the expectation (checked by hand). */
class FormatterTest {

    private static String fmt(String source) {
        FormatResult result = Formatter.format(source, "t.tf");
        assertThat(result.diagnostics()).isEmpty();
        return result.text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a=1                                   | a = 1
            a = \"${var.x}\"                       | a = var.x
            a = \"${x}${y}\"                        | a = \"${x}${y}\"
            a = \"${ x } y\"                        | a = \"${x} y\"
            a = [for x   in [1,2]: x if x>1]      | a = [for x in [1, 2] : x if x > 1]
            a = -1 - -2                           | a = -1 - -2
            a = ! true                            | a = !true
            a = provider::aws::f( \"x\" )         | a = provider::aws::f(\"x\")
            a = x [0]                             | a = x[0]
            a = f(xs ...)                         | a = f(xs...)
            a = {k=1}                             | a = { k = 1 }
            a = {}                                | a = {}
            b \"x\" { c = \"${d}\" }               | b \"x\" { c = d }
            resource a /* c */ b {}               | resource \"a\" \"b\" {}
            """)
    void formatsOneLine(String input, String expected) {
        assertThat(fmt(input.strip() + "\n")).isEqualTo(expected.strip() + "\n");
    }

    @Test
    void indentsAndAlignsEqualsAndComments() {
        String input = "resource \"a\" \"b\" {\nami = 1 # one\n    instance_type=2 // two\n\n  tags = {\nx = 1\n  }\n}\n";
        assertThat(fmt(input)).isEqualTo("resource \"a\" \"b\" {\n  ami           = 1 # one\n  instance_type = 2 // two\n\n"
                + "  tags = {\n    x = 1\n  }\n}\n");
    }

    @Test
    void legacyVariableTypes() {
        assertThat(fmt("variable \"v\" {\n  type = \"list\"\n}\nvariable \"w\" { type = map }\n"))
                .isEqualTo("variable \"v\" {\n  type = list(string)\n}\nvariable \"w\" { type = map(any) }\n");
        assertThat(fmt("x {\n  variable \"v\" {\n    type = \"map\"\n  }\n}\n"))
                .isEqualTo("x {\n  variable \"v\" {\n    type = \"map\"\n  }\n}\n");
    }

    @Test
    void multiLineInterpolationKeepsParentheses() {
        assertThat(fmt("a = \"${x ?\n y : z}\"\n")).isEqualTo("a = (x ?\ny : z)\n");
    }

    @Test
    void heredocTextIsKept() {
        String input = "a   = <<-EOT\n      hi ${ x }\n    EOT\nbb = 1\n";
        assertThat(fmt(input)).isEqualTo("a  = <<-EOT\n      hi ${x}\n    EOT\nbb = 1\n");
    }

    @Test
    void keepsLineEndingsTrailingSpacesBeforeEndAndDropsByteOrderMark() {
        assertThat(fmt("a=1\r\nb=2\r\n")).isEqualTo("a = 1\r\nb = 2\r\n");
        assertThat(fmt("a = 1\n   ")).isEqualTo("a = 1\n   ");
        assertThat(fmt("\uFEFFa = 1\n")).isEqualTo("a = 1\n");
    }

    @Test
    void syntaxErrorsLeaveTheInputUnchanged() {
        for (String bad : new String[] {"a = \n", "a = 1 +\n 2\n", "a { b = 1\n}\n", "a {} b {}\n", "a = \"x\n",
                "a = (1\n", "a = 1\na = 2\n"}) {
            FormatResult result = Formatter.format(bad, "bad.tf");
            assertThat(result.text()).as(bad).isEqualTo(bad);
            assertThat(result.changed()).isFalse();
            assertThat(result.diagnostics()).as(bad).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR));
        }
    }

    @Test
    void neverThrowsAndStaysIdempotentOnRandomInput() {
        java.util.Random random = new java.util.Random(99);
        String[] pieces = {"a", " = ", "1", "\n", "{", "}", "[", "]", "(", ")", "\"", "${", "%{", "<<EOT\n", "EOT\n",
                "# c\n", "/*", "*/", ",", ".", "*", "-", "!", "?", ":", "=>", "...", "for ", " in ", "\t", "\uD800", "é"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            FormatResult once = Formatter.format(sb.toString(), "r.tf");
            if (!once.hasErrors()) {
                assertThat(Formatter.format(once.text(), "r.tf").text()).as(sb.toString()).isEqualTo(once.text());
            }
        }
    }

    @Test
    void isIdempotentOnGeneratedInput() {
        for (String source : MessyConfigGenerator.cases(7L, 200)) {
            FormatResult once = Formatter.format(source, "g.tf");
            assertThat(Formatter.format(once.text(), "g.tf").text()).isEqualTo(once.text());
        }
    }
}
