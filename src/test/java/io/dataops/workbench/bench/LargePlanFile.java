package io.dataops.workbench.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a plan JSON shaped like {@code terraform show -json} for terraform_data resources (planned_values,
 * resource_changes with before/after/after_unknown/sensitive mirrors, prior_state, configuration), with
 * {@code count} resources: 20,000 give about 40 MB. Generated once into the build directory.
 */
final class LargePlanFile {

    private LargePlanFile() {
    }

    static Path ensure(Path file, int count) throws IOException {
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        try (JsonGenerator json = new JsonFactory().createGenerator(Files.newOutputStream(file))) {
            json.writeStartObject();
            json.writeStringField("format_version", "1.2");
            json.writeStringField("terraform_version", "1.11.4");
            json.writeObjectFieldStart("planned_values");
            json.writeObjectFieldStart("root_module");
            json.writeArrayFieldStart("resources");
            for (int i = 0; i < count; i++) {
                json.writeStartObject();
                header(json, i);
                json.writeFieldName("values");
                values(json, i, true);
                json.writeObjectFieldStart("sensitive_values");
                json.writeObjectFieldStart("input");
                json.writeBooleanField("password", true);
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("resource_changes");
            for (int i = 0; i < count; i++) {
                change(json, i);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("prior_state");
            json.writeStringField("format_version", "1.0");
            json.writeObjectFieldStart("values");
            json.writeObjectFieldStart("root_module");
            json.writeArrayFieldStart("resources");
            for (int i = 0; i < count; i += 2) {
                json.writeStartObject();
                header(json, i);
                json.writeFieldName("values");
                values(json, i, false);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeObjectFieldStart("configuration");
            json.writeObjectFieldStart("root_module");
            json.writeObjectFieldStart("module_calls");
            json.writeObjectFieldStart("website");
            json.writeStringField("source", "./modules/website");
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeStringField("timestamp", "2026-01-01T00:00:00Z");
            json.writeBooleanField("applyable", true);
            json.writeBooleanField("complete", true);
            json.writeBooleanField("errored", false);
            json.writeEndObject();
        }
        return file;
    }

    private static void change(JsonGenerator json, int i) throws IOException {
        json.writeStartObject();
        header(json, i);
        json.writeObjectFieldStart("change");
        json.writeArrayFieldStart("actions");
        boolean existing = i % 2 == 0;
        if (i % 10 == 4) {
            json.writeString("delete");
            json.writeString("create");
        } else {
            json.writeString(existing ? (i % 4 == 0 ? "update" : "no-op") : "create");
        }
        json.writeEndArray();
        json.writeFieldName("before");
        if (existing) {
            values(json, i, false);
        } else {
            json.writeNull();
        }
        json.writeFieldName("after");
        values(json, i, true);
        json.writeObjectFieldStart("after_unknown");
        json.writeBooleanField("id", !existing);
        json.writeBooleanField("output", true);
        json.writeEndObject();
        json.writeObjectFieldStart("before_sensitive");
        json.writeObjectFieldStart("input");
        json.writeBooleanField("password", true);
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectFieldStart("after_sensitive");
        json.writeObjectFieldStart("input");
        json.writeBooleanField("password", true);
        json.writeEndObject();
        json.writeEndObject();
        if (i % 10 == 4) {
            json.writeArrayFieldStart("replace_paths");
            json.writeStartArray();
            json.writeString("triggers_replace");
            json.writeEndArray();
            json.writeEndArray();
        }
        json.writeEndObject();
        if (i % 10 == 4) {
            json.writeStringField("action_reason", "replace_because_cannot_update");
        }
        json.writeEndObject();
    }

    private static void header(JsonGenerator json, int i) throws IOException {
        boolean inModule = i % 3 == 0;
        String name = "node_" + i;
        json.writeStringField("address", (inModule ? "module.website." : "") + "terraform_data." + name);
        if (inModule) {
            json.writeStringField("module_address", "module.website");
        }
        json.writeStringField("mode", "managed");
        json.writeStringField("type", "terraform_data");
        json.writeStringField("name", name);
        json.writeStringField("provider_name", "terraform.io/builtin/terraform");
        json.writeNumberField("schema_version", 0);
    }

    private static void values(JsonGenerator json, int i, boolean after) throws IOException {
        String version = after ? "v2" : "v1";
        json.writeStartObject();
        json.writeStringField("id", "0b6f1c2e-" + String.format("%04x", i % 65536) + "-4f4e-9a3b-" + i);
        json.writeObjectFieldStart("input");
        json.writeStringField("name", "dev-app-server-" + i);
        json.writeStringField("instance_type", i % 4 == 0 && after ? "t3.large" : "t2.micro");
        json.writeStringField("image", "ubuntu-22.04-" + version);
        json.writeStringField("password", "secret-password-" + i);
        json.writeStringField("description", "Application node " + i + " serving the payments API in eu-west-1a");
        json.writeObjectFieldStart("tags");
        for (String key : new String[] {"Owner", "CostCenter", "Environment", "Service", "Team"}) {
            json.writeStringField(key, key.toLowerCase() + "-value-" + (i % 97));
        }
        json.writeEndObject();
        json.writeArrayFieldStart("subnets");
        for (int s = 0; s < 4; s++) {
            json.writeString("subnet-0a1b2c3d4e5f" + s + (i % 13));
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeArrayFieldStart("triggers_replace");
        json.writeString("revision-" + (i % 10 == 4 && after ? i + 1 : i));
        json.writeEndArray();
        json.writeEndObject();
    }
}
