package io.dataops.workbench.terraform.editing;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.hcl.lexer.Lexer;
import io.dataops.workbench.hcl.lexer.TokenKind;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IncrementalTokensTest {

    private static final String SOURCE = """
            # A comment
            variable "name" {
              type    = string
              default = "web-${var.env}"
            }

            resource "terraform_data" "site" {
              input = {
                name = var.name
                list = [1, 2.5, "three"]
              }
              script = <<-EOT
                echo "hello ${var.name}"
                %{ if true }yes%{ endif }
              EOT
            }
            /* block
               comment */
            output "x" { value = 1 }
            """;

    private static final String[] SNIPPETS = {"a", "\"", "{", "}", "\n", "${", "<<EOT\n", "EOT\n", "#", "/*", "*/",
            " = 1", "x.y", "~}", "%{", "]", "\t", "''"};

    @Test
    void randomEditsGiveTheSameTokensAsAFullScan() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            String text = SOURCE;
            IncrementalTokens tokens = new IncrementalTokens();
            tokens.reset(text);
            for (int step = 0; step < 150; step++) {
                int position = random.nextInt(text.length() + 1);
                int removed = random.nextInt(4) == 0 ? Math.min(random.nextInt(6), text.length() - position) : 0;
                String inserted = random.nextInt(5) == 0 ? "" : SNIPPETS[random.nextInt(SNIPPETS.length)];
                text = text.substring(0, position) + inserted + text.substring(position + removed);
                Optional<RelexedRange> range = tokens.edit(text, position, removed, inserted.length(), Integer.MAX_VALUE);
                assertThat(range).isPresent();
                assertThat(range.get().from()).isLessThanOrEqualTo(position);
                List<LexedToken> actual = tokens.tokens();
                List<LexedToken> expected = fullScan(text);
                int firstDifference = 0;
                while (firstDifference < Math.min(actual.size(), expected.size())
                        && actual.get(firstDifference).equals(expected.get(firstDifference))) {
                    firstDifference++;
                }
                assertThat(firstDifference).as("first differing token after step %d of round %d (edit at %d):"
                                + " %s instead of %s%n%s", step, round, position,
                        firstDifference < actual.size() ? actual.get(firstDifference) : "end",
                        firstDifference < expected.size() ? expected.get(firstDifference) : "end", text)
                        .isEqualTo(Math.max(actual.size(), expected.size()));
            }
        }
    }

    @Test
    void typingInsideALineRescansOnlyThatLine() {
        IncrementalTokens tokens = new IncrementalTokens();
        tokens.reset(SOURCE);
        int position = SOURCE.indexOf("string") + 3;
        String text = SOURCE.substring(0, position) + "x" + SOURCE.substring(position);
        RelexedRange range = tokens.edit(text, position, 0, 1, Integer.MAX_VALUE).orElseThrow();
        assertThat(text.substring(range.from(), range.to())).isEqualTo("  type    = strxing\n");
    }

    @Test
    void anEditWhoseRescanWouldBeTooLongAsksForAFullScan() {
        IncrementalTokens tokens = new IncrementalTokens();
        String source = "a = 1\n".repeat(1000);
        tokens.reset(source);
        String text = "x = <<EOT\n" + source;
        assertThat(tokens.edit(text, 0, 0, 10, 500)).isEmpty();
    }

    private static List<LexedToken> fullScan(String text) {
        return Lexer.scan(text, "t").tokens().stream().filter(t -> t.kind() != TokenKind.EOF)
                .map(t -> new LexedToken(t.kind(), t.start(), t.end())).toList();
    }
}
