package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.ConfigFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** No input makes the parser throw, hang or overflow the stack. */
class ParserRobustnessTest {

    @Test
    @Timeout(30)
    void deepNestingIsADiagnosticNotAStackOverflow() {
        for (String open : new String[] {"[", "(", "{", "\"${", "!", "-", "a ? b : ", "x {\n", "%{if a}"}) {
            String text = "x = " + open.repeat(20_000) + "\n";
            ConfigFile file = HclParser.parse(text, "deep.hcl");
            assertThat(file.print()).isEqualTo(text);
            assertThat(file.diagnostics()).extracting(Diagnostic::summary).isNotEmpty();
        }
        String splats = "x = a" + "[*]".repeat(50_000) + "\n";
        assertThat(HclParser.parse(splats, "s.hcl").print()).isEqualTo(splats);
    }

    @Test
    @Timeout(20)
    void randomJunkNeverThrows() {
        Random random = new Random(1);
        String alphabet = "{}[]()\"'$%~#/*<>=!&|?:.,-+\\\n\t abcEOT0123456789é\uD83D\uDE00\uFEFF\r;`^";
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String source = text.toString();
            ConfigFile file = HclParser.parse(source, "junk.hcl");
            assertThat(file.print()).isEqualTo(source);
            HclParser.parseExpression(source, "e.hcl");
            HclParser.parseTemplate(source, "t.hcl");
        }
    }

    @Test
    @Timeout(10)
    void unclosedBracketsCostOneItemOnly() {
        ConfigFile file = HclParser.parse("a = [1, 2\nb = 2\nc = {x = (1\nd {\n}\n", "u.hcl");
        assertThat(file.body().items()).hasSize(4);
        assertThat(file.blocks("d")).hasSize(1);
    }
}
