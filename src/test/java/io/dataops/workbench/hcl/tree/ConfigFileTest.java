package io.dataops.workbench.hcl.tree;

import io.dataops.workbench.hcl.lexer.Token;
import io.dataops.workbench.hcl.lexer.TokenKind;
import io.dataops.workbench.hcl.parser.HclParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The queries the semantic model uses: blocks by type and labels, attributes by name, source text, tokens. */
class ConfigFileTest {

    private static final String SOURCE = """
            terraform {
              required_version = ">= 1.5"
            }

            resource "aws_s3_bucket" "logs" {
              bucket = "logs-${var.env}" # where logs go
              tags   = { team = "data" }
            }

            resource "aws_s3_bucket" "data" {
              bucket = "data"
            }

            variable "env" {
              default = "dev"
            }
            """;

    private final ConfigFile file = HclParser.parse(SOURCE, "main.tf");

    @Test
    void findsBlocksByTypeAndLabelPrefix() {
        assertThat(file.blocks("resource")).hasSize(2);
        assertThat(file.blocks("resource", "aws_s3_bucket")).hasSize(2);
        assertThat(file.blocks("resource", "aws_s3_bucket", "data")).singleElement()
                .satisfies(b -> assertThat(b.labelValues()).containsExactly("aws_s3_bucket", "data"));
        assertThat(file.blocks("resource", "aws_s3_bucket", "data", "extra")).isEmpty();
        assertThat(file.blocks("module")).isEmpty();
    }

    @Test
    void givesAttributesAndTheirSourceText() {
        Block logs = file.blocks("resource", "aws_s3_bucket", "logs").get(0);
        Attribute bucket = logs.body().attribute("bucket").orElseThrow();
        assertThat(file.text(bucket.expression())).isEqualTo("\"logs-${var.env}\"");
        assertThat(file.text(bucket)).isEqualTo("bucket = \"logs-${var.env}\"");
        assertThat(bucket.nameRange().start().line()).isEqualTo(6);
        assertThat(logs.body().attribute("missing")).isEmpty();
        assertThat(file.text(logs)).startsWith("resource \"aws_s3_bucket\" \"logs\" {").endsWith("}");
    }

    @Test
    void keepsCommentsAndNewlinesAsTokensAndPrintsTheSource() {
        Block logs = file.blocks("resource", "aws_s3_bucket", "logs").get(0);
        List<Token> tokens = file.tokensOf(logs);
        assertThat(tokens).extracting(Token::kind).contains(TokenKind.COMMENT, TokenKind.NEWLINE);
        assertThat(tokens.get(0).text()).isEqualTo("resource");
        assertThat(tokens.get(tokens.size() - 1).text()).isEqualTo("}");
        assertThat(file.print()).isEqualTo(SOURCE);
        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.hasErrors()).isFalse();
    }

    @Test
    void everyNodeSpanMatchesItsRange() {
        for (BodyItem item : file.body().items()) {
            Span span = item.span();
            assertThat(span.range().start().byteOffset()).isEqualTo(span.start());
            assertThat(span.range().end().byteOffset()).isEqualTo(span.end());
        }
    }

    @Test
    void segmentsCoverTheFileWithoutGaps() {
        int at = 0;
        for (TopLevelSegment segment : file.segments()) {
            assertThat(segment.start()).isEqualTo(at);
            at = segment.end();
        }
        assertThat(at).isEqualTo(SOURCE.length());
    }
}
