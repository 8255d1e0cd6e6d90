package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.format.FormatResult;
import io.dataops.workbench.hcl.format.Formatter;
import io.dataops.workbench.hcl.json.BodySchema;
import io.dataops.workbench.hcl.json.JsonConfigParser;
import io.dataops.workbench.hcl.tree.ConfigFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold for every input, fuzzed or not: nothing throws, printing the lossless tree gives the
 * input back, re-parsing after an edit equals a full parse, and formatting is idempotent
 * ({@code fmt(fmt(x)) == fmt(x)}).
 */
final class FuzzProperties {

    private FuzzProperties() {
    }

    static void check(String source) {
        ConfigFile file = HclParser.parse(source, "fuzz.hcl");
        assertThat(file.print()).isEqualTo(source);

        if (!source.isEmpty()) {
            int at = source.length() / 2;
            TextEdit edit = new TextEdit(at, Math.min(source.length(), at + 1), "\"");
            ConfigFile incremental = IncrementalParser.reparse(file, edit);
            ConfigFile full = HclParser.parse(edit.applyTo(source), "fuzz.hcl");
            assertThat(incremental.segments()).isEqualTo(full.segments());
            assertThat(incremental.diagnostics()).isEqualTo(full.diagnostics());
        }

        FormatResult once = Formatter.format(source, "fuzz.hcl");
        if (!once.hasErrors()) {
            assertThat(Formatter.format(once.text(), "fuzz.hcl").text()).isEqualTo(once.text());
        }

        HclParser.parseExpression(source, "fuzz.hcl");
        HclParser.parseTemplate(source, "fuzz.hcl");
        JsonConfigParser.parse(source, "fuzz.json", BodySchema.TERRAFORM);
    }
}
