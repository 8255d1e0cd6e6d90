package io.dataops.workbench.terraform.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads what the workbench needs from {@code configuration}: which root variables are sensitive (so inputs are
 * stored masked) and where module calls come from (to find a resource's block). Resource blocks are skipped
 * token by token, so a large configuration never becomes one tree.
 */
final class ConfigurationReader {

    private final ObjectMapper mapper;
    private final Map<String, String> moduleSources;
    private final List<String> sensitiveVariables;

    ConfigurationReader(ObjectMapper mapper, Map<String, String> moduleSources, List<String> sensitiveVariables) {
        this.mapper = mapper;
        this.moduleSources = moduleSources;
        this.sensitiveVariables = sensitiveVariables;
    }

    /** Called with the parser on the START_OBJECT of {@code configuration}. */
    void read(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("root_module") && parser.currentToken() == JsonToken.START_OBJECT) {
                readRootModule(parser);
            } else {
                parser.skipChildren();
            }
        }
    }

    private void readRootModule(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("variables") && parser.currentToken() == JsonToken.START_OBJECT) {
                JsonNode variables = mapper.readTree(parser);
                variables.fields().forEachRemaining(variable -> {
                    if (variable.getValue().path("sensitive").asBoolean(false)) {
                        sensitiveVariables.add(variable.getKey());
                    }
                });
            } else if (field.equals("module_calls") && parser.currentToken() == JsonToken.START_OBJECT) {
                addModuleCalls("", mapper.readTree(parser));
            } else {
                parser.skipChildren();
            }
        }
    }

    private void addModuleCalls(String prefix, JsonNode calls) {
        Iterator<Map.Entry<String, JsonNode>> entries = calls.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> call = entries.next();
            String address = prefix + "module." + call.getKey();
            moduleSources.put(address, ChangeNodes.text(call.getValue(), "source"));
            JsonNode nested = call.getValue().path("module").path("module_calls");
            if (nested.isObject()) {
                addModuleCalls(address + ".", nested);
            }
        }
    }
}
