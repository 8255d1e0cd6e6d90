package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.ConfigFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Structural rules (hclsyntax-spec.md "Structural Elements"), comments, and the errors and ranges the spec suite checks. */
class StructureParserTest {

    @Test
    void readsAttributesAndBlocksWithQuotedAndBareLabels() {
        ConfigFile file = HclParser.parse("""
                a = 1
                resource "aws_s3_bucket" "logs" {
                  bucket = "x"
                  nested bare_label {
                    deep = true
                  }
                }
                one "line" { v = 2 }
                empty {}
                esc "a\\"b\\u00e9" {}
                """, "main.tf");
        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.attribute("a")).isPresent();
        Block resource = file.blocks("resource", "aws_s3_bucket", "logs").get(0);
        assertThat(resource.labelValues()).containsExactly("aws_s3_bucket", "logs");
        assertThat(resource.labels()).allMatch(l -> l.quoted());
        assertThat(resource.body().attribute("bucket")).isPresent();
        Block nested = resource.body().blocks("nested").get(0);
        assertThat(nested.labels().get(0).quoted()).isFalse();
        assertThat(nested.labelValues()).containsExactly("bare_label");
        assertThat(file.blocks("one").get(0).body().attributes()).extracting(Attribute::name).containsExactly("v");
        assertThat(file.blocks("empty").get(0).body().items()).isEmpty();
        assertThat(file.blocks("esc").get(0).labelValues()).containsExactly("a\"bé");
        assertThat(file.blocks("resource", "other")).isEmpty();
    }

    @Test
    void keepsAllThreeCommentStylesAndRanges() {
        String source = "# hash\n// slash\n/* block\n comment */ a = 1 # trailing\nb = 2 // trailing\n";
        ConfigFile file = HclParser.parse(source, "c.hcl");
        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.body().attributes()).extracting(Attribute::name).containsExactly("a", "b");
        assertThat(file.tokens()).filteredOn(t -> t.kind() == io.dataops.workbench.hcl.lexer.TokenKind.COMMENT).hasSize(5);
        Attribute a = file.attribute("a").orElseThrow();
        assertThat(a.nameRange().start().line()).isEqualTo(4);
        assertThat(a.nameRange().start().column()).isEqualTo(13);
        assertThat(a.nameRange().start().byteOffset()).isEqualTo(source.indexOf("a = 1"));
        assertThat(file.text(a)).isEqualTo("a = 1");
        assertThat(file.text(a.expression())).isEqualTo("1");
        assertThat(file.print()).isEqualTo(source);
    }

    /** Each row: source, expected summaries with start line:column-end line:column (hclsyntax's ranges). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "`a = \"a value\", b = \"b value\"` ; Unexpected comma after argument@1:14-1:15",
            "`a {` ; Unclosed configuration block@1:3-1:4",
            "`a { b = \"foo\", c = \"bar\" }` ; Invalid single-argument block definition@1:14-1:15",
            "`a { b = \"foo\"\n}` ; Invalid single-argument block definition@1:14-2:1",
            "`a { d {} }` ; Argument definition required@1:5-1:8",
            "`a = 1 b = 2` ; Missing newline after argument@1:7-1:8",
            "`\"a\" = 1` ; Invalid argument name@1:1-1:2",
            "`= 1` ; Argument or block definition required@1:1-1:2",
            "`a` ; Argument or block definition required@1:1-1:2",
            "`a = 1\na = 2` ; Attribute redefined@2:1-2:2",
            "`b { \nx = 1\nx = 2\n}` ; Attribute redefined@3:1-3:2",
            "`a \"l\" = {}` ; Invalid block definition@1:7-1:8",
            "`a \"l\"\n{\n}` ; Invalid block definition@1:6-2:1|Argument or block definition required@2:1-2:2|Argument or block definition required@3:1-3:2",
            "`a {} b = 1` ; Missing newline after block definition@1:6-1:7",
            "`a \"${x}\" {}` ; Invalid string literal@1:4-1:6",
            "`a {\n  x = 1 +\n}\nb = 2` ; Invalid expression@2:10-3:1",
            "`a {\n  x = (\n}\nb = 2\n` ; Invalid expression@3:1-3:2",
            "`x = 1\n]\ny = \n` ; Argument or block definition required@2:1-2:2|Invalid expression@3:5-4:1",
    })
    void reportsStructureErrors(String source, String expected) {
        ConfigFile file = HclParser.parse(source, "t.hcl");
        List<String> actual = file.diagnostics().stream().map(StructureParserTest::describe).toList();
        assertThat(actual).containsExactly(expected.split("\\|"));
        assertThat(file.print()).isEqualTo(source);
    }

    @Test
    void recoversAtTheNextItemAndKeepsParsing() {
        ConfigFile file = HclParser.parse("a = [1,\nb = 2\nbroken line here\nc = 3\nresource \"x\" {\n  y = \n}\nd = 4\n", "r.tf");
        assertThat(file.body().attributes()).extracting(Attribute::name).contains("c", "d");
        assertThat(file.blocks("resource")).hasSize(1);
        assertThat(file.diagnostics()).hasSizeGreaterThanOrEqualTo(2);
    }

    static String describe(Diagnostic d) {
        return d.summary() + "@" + d.subject().start().line() + ":" + d.subject().start().column() + "-"
                + d.subject().end().line() + ":" + d.subject().end().column();
    }
}
