package io.dataops.workbench.hcl.json;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.Body;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * HCL's JSON syntax ({@code .tf.json}, json-spec.md) read into the same tree as the native syntax:
 * bodies, attributes, blocks with labels, and expressions (strings as templates). Never throws.
 *
 * <pre>{@code
 * JsonConfigFile file = JsonConfigParser.parse(text, "main.tf.json", BodySchema.TERRAFORM);
 * file.body().blocks("resource", "aws_s3_bucket");
 * }</pre>
 */
public final class JsonConfigParser {

    private JsonConfigParser() {
    }

    public static JsonConfigFile parse(String source, String filename, BodySchema schema) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        JsonValue root = new JsonReader(source, filename, diagnostics).readDocument();
        Body body = new JsonBodyBuilder(filename, diagnostics).body(root, schema);
        diagnostics.sort(Comparator.comparingInt(d -> d.subject().start().byteOffset()));
        return new JsonConfigFile(filename, source, body, diagnostics);
    }

    /** A parsed JSON configuration: the body and the errors (JSON syntax and HCL structure). */
    public record JsonConfigFile(String filename, String source, Body body, List<Diagnostic> diagnostics) {

        public JsonConfigFile {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return !diagnostics.isEmpty();
        }
    }
}
