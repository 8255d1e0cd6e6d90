package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.tree.ConfigFile;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-parsing after an edit must give exactly what a full parse of the new text gives. */
class IncrementalParserTest {

    private static final String[] SNIPPETS = {"\n", "}", "{", "\"", "${", "<<EOT\n", "EOT\n", "#", "/*", "*/", "=", " ",
        "x", "resource \"a\" \"b\" {\n", "a = 1\n", "[", "]", "(", ")", "~}", "%{if x}", ",", "\t", "é", "...", "//"};

    static String sample(Random random, int blocks) {
        StringBuilder text = new StringBuilder("# generated\n");
        for (int i = 0; i < blocks; i++) {
            switch (random.nextInt(5)) {
                case 0 -> text.append("resource \"aws_instance\" \"r").append(i).append("\" {\n  ami = \"ami-")
                        .append(i).append("\"\n  tags = {\n    Name = \"n${var.x}\"\n  }\n  count = ").append(i)
                        .append(" + 1\n}\n\n");
                case 1 -> text.append("locals { v").append(i).append(" = [for x in var.l : x.id if x.ok] }\n");
                case 2 -> text.append("variable \"v").append(i).append("\" {\n  default = <<-EOT\n    line ").append(i)
                        .append("\n    EOT\n}\n");
                case 3 -> text.append("/* block ").append(i).append(" */\noutput \"o").append(i)
                        .append("\" { value = a.b[*].c }\n");
                default -> text.append("attr").append(i).append(" = cond ? \"%{if x}y%{endif}\" : f(1, 2) # c\n");
            }
        }
        return text.toString();
    }

    @Test
    void randomEditsGiveTheSameResultAsAFullParse() {
        Random random = new Random(42);
        for (int round = 0; round < 60; round++) {
            String text = sample(random, 12);
            ConfigFile file = HclParser.parse(text, "m.tf");
            for (int step = 0; step < 25; step++) {
                TextEdit edit = randomEdit(random, file.source());
                ConfigFile incremental = IncrementalParser.reparse(file, edit);
                ConfigFile full = HclParser.parse(edit.applyTo(file.source()), "m.tf");
                assertSame(incremental, full, edit);
                file = incremental;
            }
        }
    }

    @Test
    void oneCharacterEditReusesUntouchedBlocks() {
        String text = sample(new Random(7), 200);
        ConfigFile file = HclParser.parse(text, "m.tf");
        int at = file.segments().get(file.segments().size() / 2).start() + 2;
        ConfigFile edited = IncrementalParser.reparse(file, new TextEdit(at, at, "9"));
        assertSame(edited, HclParser.parse(new TextEdit(at, at, "9").applyTo(text), "m.tf"), null);
        long reused = file.segments().stream().filter(s -> edited.segments().contains(s)).count();
        assertThat(reused).isGreaterThan(file.segments().size() / 3);
    }

    static void assertSame(ConfigFile incremental, ConfigFile full, TextEdit edit) {
        assertThat(incremental.source()).isEqualTo(full.source());
        assertThat(incremental.print()).isEqualTo(full.source());
        assertThat(incremental.diagnostics()).as("diagnostics after %s", edit).isEqualTo(full.diagnostics());
        assertThat(incremental.tokens()).as("tokens after %s", edit).isEqualTo(full.tokens());
        assertThat(incremental.body()).as("tree after %s", edit).isEqualTo(full.body());
        assertThat(incremental.segments()).as("segments after %s", edit).isEqualTo(full.segments());
    }

    private static TextEdit randomEdit(Random random, String text) {
        int start = random.nextInt(text.length() + 1);
        int end = Math.min(text.length(), start + (random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(2)));
        String replacement = switch (random.nextInt(3)) {
            case 0 -> "";
            case 1 -> SNIPPETS[random.nextInt(SNIPPETS.length)];
            default -> String.valueOf((char) ('a' + random.nextInt(26)));
        };
        return new TextEdit(start, end, replacement);
    }
}
