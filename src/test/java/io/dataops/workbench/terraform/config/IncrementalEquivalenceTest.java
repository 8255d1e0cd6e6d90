package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a long series of random edits (inserted declarations and references, half-typed lines, deletions,
 * changed module sources and arguments) in the root, a child and a grandchild module, the incremental
 * analysis after each edit finds exactly what a from-scratch analysis of the same files finds.
 */
class IncrementalEquivalenceTest {

    private static final Comparator<Diagnostic> TOTAL = Comparator
            .comparing((Diagnostic d) -> d.subject() == null ? "" : d.subject().filename())
            .thenComparingInt(d -> d.subject() == null ? -1 : d.subject().start().byteOffset())
            .thenComparingInt(d -> d.subject() == null ? -1 : d.subject().end().byteOffset())
            .thenComparing(Diagnostic::summary)
            .thenComparing(d -> String.valueOf(d.detail()))
            .thenComparing(d -> d.severity().name());

    private static final String[] SNIPPETS = {
        "\nvariable \"n\" {\n  type = number\n}\n",
        "\nvariable \"s\" {\n  type    = string\n  default = 3\n}\n",
        "\nlocals {\n  l = var.n\n}\n",
        "\nlocals {\n  typed = var.\n",
        "\noutput \"out\" {\n  value = local.l\n}\n",
        "\noutput \"extra\" {\n  value = var.missing\n}\n",
        "\nresource \"aws_thing\" \"t\" {\n  name = \"x\"\n  nope = 1\n}\n",
        "\nresource \"terraform_data\" \"d\" {\n  input = module.a.out\n}\n",
        "\nmodule \"a\" {\n  source = \"./a\"\n  n      = \"not a number\"\n}\n",
        "\nmodule \"c\" {\n  source = \"./c\"\n  s      = [1]\n}\n",
        "\nmodule \"b\" {\n  source = \"./b\"\n}\n",
        "\ndata \"terraform_remote_state\" \"r\" {\n",
        " = ",
        "}",
        "module.c.out",
        "var.n",
    };

    @TempDir
    Path dir;

    @Test
    void randomEditsGiveTheSameResultsAsAFreshAnalysis() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("main.tf", "module \"a\" {\n  source = \"./a\"\n  n      = 1\n}\n\nmodule \"b\" {\n  source = \"./b\"\n"
                + "  s      = \"x\"\n}\n\noutput \"o\" {\n  value = [module.a.out, module.b.out]\n}\n");
        files.put("other.tf", "variable \"n\" {\n  type = number\n}\n\nlocals {\n  l = var.n\n}\n");
        files.put("a/main.tf", "variable \"n\" {\n  type = number\n}\n\nmodule \"c\" {\n  source = \"../c\"\n"
                + "  s      = \"y\"\n}\n\noutput \"out\" {\n  value = module.c.out\n}\n");
        files.put("b/main.tf", "variable \"s\" {\n  type = string\n}\n\noutput \"out\" {\n  value = var.s\n}\n");
        files.put("c/main.tf", "variable \"s\" {\n  type = string\n}\n\nresource \"aws_thing\" \"t\" {\n"
                + "  name = var.s\n}\n\noutput \"out\" {\n  value = aws_thing.t.arn\n}\n");
        TestConfigs.write(dir, files);
        AnalysisOptions options = new AnalysisOptions(List.of(), Optional.of(schema()));
        ConfigAnalyzer incremental = new ConfigAnalyzer(dir, options);
        incremental.analyse();
        List<String> names = List.copyOf(files.keySet());
        Random random = new Random(20261124L);
        int differentResults = 0;
        List<Diagnostic> previous = List.of();

        for (int step = 0; step < 300; step++) {
            String name = names.get(random.nextInt(names.size()));
            String text = mutate(files.get(name), random);
            files.put(name, text);
            Path file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);

            Configuration updated = incremental.update(file, text);
            Configuration fresh = new ConfigAnalyzer(dir, options).analyse();

            String context = "after edit " + step + " to " + name + ":\n" + text;
            assertThat(sorted(updated.diagnostics())).as(context).isEqualTo(sorted(fresh.diagnostics()));
            assertThat(updated.modules().keySet()).as(context).isEqualTo(fresh.modules().keySet());
            assertThat(updated.references().size()).as(context).isEqualTo(fresh.references().size());
            assertThat(updated.graph().edges()).as(context).isEqualTo(fresh.graph().edges());
            if (!sorted(updated.diagnostics()).equals(previous)) {
                differentResults++;
            }
            previous = sorted(updated.diagnostics());
        }
        // The edits must really move the results around, or the comparison proves little.
        assertThat(differentResults).isGreaterThan(100);
    }

    private static String mutate(String text, Random random) {
        int at = random.nextInt(text.length() + 1);
        return switch (random.nextInt(4)) {
            case 0, 1 -> text.substring(0, at) + SNIPPETS[random.nextInt(SNIPPETS.length)] + text.substring(at);
            case 2 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(40));
                // Never empty a file completely, so every file keeps taking part.
                yield at >= text.length() || end - at >= text.length() ? text : text.substring(0, at) + text.substring(end);
            }
            default -> text.length() > 2000 ? text.substring(0, at) : text + SNIPPETS[random.nextInt(SNIPPETS.length)];
        };
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().sorted(TOTAL).toList();
    }

    private static ProviderSchema schema() {
        return ProviderSchema.parse("""
                {"format_version": "1.0", "provider_schemas": {"registry.terraform.io/hashicorp/aws": {
                  "provider": {"block": {}},
                  "resource_schemas": {"aws_thing": {"block": {
                    "attributes": {"name": {"type": "string", "required": true},
                                   "arn": {"type": "string", "computed": true}}}}},
                  "data_source_schemas": {}}}}
                """);
    }
}
