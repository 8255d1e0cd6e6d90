package io.dataops.workbench.testsupport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a plan JSON of terraform_data resources spread over modules of growing size (module k holds a share
 * proportional to k+1, so the last is about twice the average), with a configuration section whose references
 * chain resources within a module, feed each module a root variable and the previous module's output. Actions
 * cycle: six no-ops, then create, update, replace (with a reason) and delete in every ten.
 */
public final class GraphPlanJson {

    private GraphPlanJson() {
    }

    public static Path write(Path file, int resources, int modules) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        int[] sizes = sizes(resources, modules);
        try (JsonGenerator json = new JsonFactory().createGenerator(Files.newOutputStream(file))) {
            json.writeStartObject();
            json.writeStringField("format_version", "1.2");
            json.writeStringField("terraform_version", "1.11.4");
            json.writeArrayFieldStart("resource_changes");
            for (int m = 0; m < modules; m++) {
                for (int i = 0; i < sizes[m]; i++) {
                    change(json, m, i);
                }
            }
            json.writeEndArray();
            json.writeObjectFieldStart("configuration");
            json.writeObjectFieldStart("root_module");
            json.writeObjectFieldStart("variables");
            json.writeObjectFieldStart("env");
            json.writeEndObject();
            json.writeEndObject();
            json.writeObjectFieldStart("module_calls");
            for (int m = 0; m < modules; m++) {
                moduleCall(json, m, sizes[m]);
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeBooleanField("applyable", true);
            json.writeBooleanField("complete", true);
            json.writeBooleanField("errored", false);
            json.writeEndObject();
        }
        return file;
    }

    /** The module names: {@code m00}, {@code m01}, ... */
    public static String module(int m) {
        return String.format("m%02d", m);
    }

    public static int[] sizes(int resources, int modules) {
        int[] sizes = new int[modules];
        int weights = modules * (modules + 1) / 2;
        int given = 0;
        for (int m = 0; m < modules; m++) {
            sizes[m] = resources * (m + 1) / weights;
            given += sizes[m];
        }
        sizes[modules - 1] += resources - given;
        return sizes;
    }

    private static void change(JsonGenerator json, int m, int i) throws IOException {
        String[] actions = switch (i % 10) {
            case 6 -> new String[] {"create"};
            case 7 -> new String[] {"update"};
            case 8 -> new String[] {"delete", "create"};
            case 9 -> new String[] {"delete"};
            default -> new String[] {"no-op"};
        };
        json.writeStartObject();
        json.writeStringField("address", "module." + module(m) + ".terraform_data.r" + i);
        json.writeStringField("module_address", "module." + module(m));
        json.writeStringField("mode", "managed");
        json.writeStringField("type", "terraform_data");
        json.writeStringField("name", "r" + i);
        json.writeStringField("provider_name", "terraform.io/builtin/terraform");
        if (i % 10 == 8) {
            json.writeStringField("action_reason", "replace_because_cannot_update");
        }
        json.writeObjectFieldStart("change");
        json.writeArrayFieldStart("actions");
        for (String action : actions) {
            json.writeString(action);
        }
        json.writeEndArray();
        json.writeFieldName("before");
        if (i % 10 == 6) {
            json.writeNull();
        } else {
            values(json, "old-" + i);
        }
        json.writeFieldName("after");
        if (i % 10 == 9) {
            json.writeNull();
        } else {
            values(json, i % 10 < 6 ? "old-" + i : "new-" + i);
        }
        json.writeObjectFieldStart("after_unknown");
        json.writeEndObject();
        if (i % 10 == 8) {
            json.writeArrayFieldStart("replace_paths");
            json.writeStartArray();
            json.writeString("input");
            json.writeEndArray();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void values(JsonGenerator json, String input) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", "id-" + input);
        json.writeStringField("input", input);
        json.writeEndObject();
    }

    private static void moduleCall(JsonGenerator json, int m, int size) throws IOException {
        json.writeObjectFieldStart(module(m));
        json.writeStringField("source", "./modules/" + module(m));
        json.writeObjectFieldStart("expressions");
        references(json, "env", "var.env");
        if (m > 0) {
            references(json, "upstream", "module." + module(m - 1) + ".out", "module." + module(m - 1));
        }
        json.writeEndObject();
        json.writeObjectFieldStart("module");
        json.writeObjectFieldStart("variables");
        json.writeObjectFieldStart("env");
        json.writeEndObject();
        json.writeObjectFieldStart("upstream");
        json.writeEndObject();
        json.writeEndObject();
        json.writeArrayFieldStart("resources");
        for (int i = 0; i < size; i++) {
            json.writeStartObject();
            json.writeStringField("address", "terraform_data.r" + i);
            json.writeStringField("mode", "managed");
            json.writeStringField("type", "terraform_data");
            json.writeStringField("name", "r" + i);
            json.writeObjectFieldStart("expressions");
            if (i % 50 == 0) {
                references(json, "input", "var.upstream");
            } else if (i % 5 == 0) {
                references(json, "input", "var.env");
            } else {
                references(json, "input", "terraform_data.r" + (i - 1) + ".id", "terraform_data.r" + (i - 1));
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("outputs");
        json.writeObjectFieldStart("out");
        json.writeObjectFieldStart("expression");
        json.writeArrayFieldStart("references");
        json.writeString("terraform_data.r" + (size - 1) + ".id");
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void references(JsonGenerator json, String field, String... references) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeArrayFieldStart("references");
        for (String reference : references) {
            json.writeString(reference);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
