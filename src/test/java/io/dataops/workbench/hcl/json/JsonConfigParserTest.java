package io.dataops.workbench.hcl.json;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.BoolLiteral;
import io.dataops.workbench.hcl.tree.NullLiteral;
import io.dataops.workbench.hcl.tree.NumberLiteral;
import io.dataops.workbench.hcl.tree.ObjectExpr;
import io.dataops.workbench.hcl.tree.TemplateExpr;
import io.dataops.workbench.hcl.tree.TemplateInterpolation;
import io.dataops.workbench.hcl.tree.TupleExpr;
import io.dataops.workbench.hcl.tree.GetAttrExpr;
import io.dataops.workbench.testsupport.Requirements;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** HCL's JSON syntax (json-spec.md) into the native tree: structure, labels, expressions, errors. */
class JsonConfigParserTest {

    private static final BodySchema FOO_TWO_LABELS = new BodySchema(Map.of(
            "foo", new BodySchema.BlockSchema(2, BodySchema.ATTRIBUTES_ONLY),
            "bar", new BodySchema.BlockSchema(0, BodySchema.ATTRIBUTES_ONLY)));

    @Test
    void readsTerraformResourcesWithLabelsAndExpressions() {
        JsonConfigParser.JsonConfigFile file = JsonConfigParser.parse("""
                {
                  "//": "a comment",
                  "resource": {
                    "aws_s3_bucket": {
                      "logs": { "bucket": "logs-${var.env}", "count": 2, "force": true, "acl": null,
                                "tags": { "team": "data" }, "list": [1, 2.5e3] }
                    }
                  },
                  "variable": { "env": { "default": "dev" } }
                }
                """, "main.tf.json", BodySchema.TERRAFORM);
        assertThat(file.diagnostics()).isEmpty();
        Block logs = file.body().blocks("resource", "aws_s3_bucket", "logs").get(0);
        assertThat(logs.labelValues()).containsExactly("aws_s3_bucket", "logs");
        assertThat(logs.body().attributes()).extracting(Attribute::name)
                .containsExactly("bucket", "count", "force", "acl", "tags", "list");
        TemplateExpr bucket = (TemplateExpr) logs.body().attribute("bucket").orElseThrow().expression();
        assertThat(bucket.parts().get(1)).isInstanceOf(TemplateInterpolation.class);
        GetAttrExpr reference = (GetAttrExpr) ((TemplateInterpolation) bucket.parts().get(1)).expression();
        assertThat(reference.name()).isEqualTo("env");
        assertThat(reference.nameRange().start().line()).isEqualTo(5);
        assertThat(reference.nameRange().start().column()).isEqualTo(39);
        assertThat(logs.body().attribute("count").orElseThrow().expression()).isInstanceOf(NumberLiteral.class);
        assertThat(logs.body().attribute("force").orElseThrow().expression()).isInstanceOf(BoolLiteral.class);
        assertThat(logs.body().attribute("acl").orElseThrow().expression()).isInstanceOf(NullLiteral.class);
        assertThat(logs.body().attribute("tags").orElseThrow().expression()).isInstanceOf(ObjectExpr.class);
        assertThat(((TupleExpr) logs.body().attribute("list").orElseThrow().expression()).elements())
                .extracting(e -> ((NumberLiteral) e).text()).containsExactly("1", "2.5e3");
        assertThat(file.body().blocks("variable", "env").get(0).body().attribute("default")).isPresent();
        assertThat(file.body().attribute("//")).isEmpty();
    }

    @Test
    void labelLevelsAndBodiesMayBeArraysAndRepeat() {
        JsonConfigParser.JsonConfigFile file = JsonConfigParser.parse("""
                [{ "foo": { "a": { "x": [ {"v": 1}, {"v": 2} ] }, "a": { "y": {"v": 3} } } },
                 { "foo": [ { "b": { "z": {} } } ], "bar": [ {"w": 1}, {"w": 2} ], "bar": {} }]
                """, "t.hcl.json", FOO_TWO_LABELS);
        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.body().blocks("foo")).extracting(b -> String.join(".", b.labelValues()))
                .containsExactly("a.x", "a.x", "a.y", "b.z");
        assertThat(file.body().blocks("bar")).hasSize(3);
    }

    @Test
    void reportsJsonAndStructureErrorsWithoutThrowing() {
        JsonConfigParser.JsonConfigFile file = JsonConfigParser.parse("{\"a\": 1, \"a\": 2, \"foo\": 3, \"b\": [1 2]}",
                "t.json", FOO_TWO_LABELS);
        assertThat(file.diagnostics()).extracting(Diagnostic::summary)
                .containsExactly("Duplicate argument", "Incorrect JSON value type", "Missing comma");
        Diagnostic duplicate = file.diagnostics().get(0);
        assertThat(duplicate.subject().start().column()).isEqualTo(10);
        assertThat(JsonConfigParser.parse("{\"a\": \"${\"}", "t.json", BodySchema.ATTRIBUTES_ONLY).diagnostics())
                .isNotEmpty();
        assertThat(JsonConfigParser.parse("[".repeat(10_000), "t.json", BodySchema.ATTRIBUTES_ONLY).diagnostics())
                .extracting(Diagnostic::summary).contains("Nesting too deep");
    }

    @Test
    void randomJunkNeverThrows() {
        Random random = new Random(3);
        String alphabet = "{}[]\":,\\/ truefalsn0123456789.-+eE$%u\n";
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(60); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            JsonConfigParser.parse(text.toString(), "junk.json", FOO_TWO_LABELS);
        }
    }

    @Test
    void specSuiteJsonFilesParse() throws Exception {
        Path suite = Requirements.sharedDir().resolve("conformance/hcl-specsuite/tests");
        Requirements.require(Files.isDirectory(suite), "the spec suite " + suite + " does not exist");
        try (var files = Files.walk(suite)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".hcl.json")).toList()) {
                JsonConfigParser.JsonConfigFile parsed = JsonConfigParser.parse(Files.readString(file),
                        file.getFileName().toString(), BodySchema.ATTRIBUTES_ONLY);
                assertThat(parsed.diagnostics()).as("errors in %s", file).isEmpty();
            }
        }
    }
}
