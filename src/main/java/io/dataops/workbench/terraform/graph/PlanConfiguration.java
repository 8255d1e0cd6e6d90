package io.dataops.workbench.terraform.graph;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.common.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The nodes and edges of a plan JSON's {@code configuration} section: resources, data sources, variables and
 * outputs of every module, and the {@code references} and {@code depends_on} of their expressions. Terraform
 * leaves locals out of that section, so a referenced local is a node with no edges of its own. Everything else
 * in the file is skipped token by token.
 */
public final class PlanConfiguration {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> NOT_NODES = Set.of("count", "each", "path", "self", "terraform");

    private record RawEdge(String module, String from, String reference) {
    }

    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final Set<String> modules = new TreeSet<>();
    private final List<RawEdge> raw = new ArrayList<>();
    private final List<GraphEdge> edges = new ArrayList<>();

    private PlanConfiguration() {
        modules.add("");
    }

    /** No configuration: a plan's graph is then its resources without edges. */
    public static PlanConfiguration empty() {
        return new PlanConfiguration();
    }

    public List<GraphNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public Set<String> modules() {
        return modules;
    }

    public List<GraphEdge> edges() {
        return edges;
    }

    /** Reads the configuration section of a plan JSON; an absent section gives an empty configuration. */
    public static PlanConfiguration read(InputStream json) {
        PlanConfiguration config = new PlanConfiguration();
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new UserFacingException("This is not a Terraform plan in JSON: it does not start with '{'.");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("configuration") && parser.currentToken() == JsonToken.START_OBJECT) {
                    JsonNode section = MAPPER.readTree(parser);
                    config.module("", section.path("root_module"));
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new UserFacingException("This is not a Terraform plan in JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UserFacingException("Could not read the plan JSON: " + e.getMessage(), e);
        }
        config.raw.forEach(config::resolve);
        return config;
    }

    private void module(String path, JsonNode module) {
        modules.add(path);
        module.path("variables").fieldNames().forEachRemaining(name -> node(path, NodeKind.VARIABLE, "var." + name));
        for (JsonNode resource : module.path("resources")) {
            String relative = resource.path("address").asText();
            boolean data = "data".equals(resource.path("mode").asText());
            String address = node(path, data ? NodeKind.DATA : NodeKind.RESOURCE, relative);
            references(path, address, resource.path("expressions"));
            references(path, address, resource.path("count_expression"));
            references(path, address, resource.path("for_each_expression"));
            resource.path("depends_on").forEach(target -> raw.add(new RawEdge(path, address, target.asText())));
        }
        Iterator<Map.Entry<String, JsonNode>> outputs = module.path("outputs").fields();
        while (outputs.hasNext()) {
            Map.Entry<String, JsonNode> output = outputs.next();
            String address = node(path, NodeKind.OUTPUT, "output." + output.getKey());
            references(path, address, output.getValue().path("expression"));
            output.getValue().path("depends_on").forEach(t -> raw.add(new RawEdge(path, address, t.asText())));
        }
        Iterator<Map.Entry<String, JsonNode>> calls = module.path("module_calls").fields();
        while (calls.hasNext()) {
            Map.Entry<String, JsonNode> call = calls.next();
            String child = Addresses.absolute(path, "module." + call.getKey());
            module(child, call.getValue().path("module"));
            call.getValue().path("expressions").fields().forEachRemaining(argument -> {
                String variable = node(child, NodeKind.VARIABLE, "var." + argument.getKey());
                edges.add(new GraphEdge(variable, child));
                references(path, variable, argument.getValue());
            });
            references(path, child, call.getValue().path("count_expression"));
            references(path, child, call.getValue().path("for_each_expression"));
            call.getValue().path("depends_on").forEach(t -> raw.add(new RawEdge(path, child, t.asText())));
        }
    }

    private String node(String module, NodeKind kind, String relative) {
        String address = Addresses.absolute(module, relative);
        nodes.putIfAbsent(address, new GraphNode(address, kind, module,
                InfraGraphs.typeOf(kind, address, module), List.of()));
        return address;
    }

    /** Collects every {@code references} list below {@code expression} (nested blocks included). */
    private void references(String module, String from, JsonNode expression) {
        if (expression.isArray()) {
            expression.forEach(element -> references(module, from, element));
        } else if (expression.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expression.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("references") && field.getValue().isArray()) {
                    field.getValue().forEach(r -> raw.add(new RawEdge(module, from, r.asText())));
                } else {
                    references(module, from, field.getValue());
                }
            }
        }
    }

    private void resolve(RawEdge edge) {
        String[] parts = Addresses.configLevel(edge.reference()).split("\\.");
        String target;
        if (parts.length < 2 || NOT_NODES.contains(parts[0])) {
            return;
        } else if (parts[0].equals("local")) {
            target = node(edge.module(), NodeKind.LOCAL, "local." + parts[1]);
        } else if (parts[0].equals("module")) {
            String child = Addresses.absolute(edge.module(), "module." + parts[1]);
            String output = Addresses.absolute(child, "output." + (parts.length > 2 ? parts[2] : ""));
            target = nodes.containsKey(output) ? output : child;
        } else if (parts[0].equals("var") || parts[0].equals("output")) {
            target = Addresses.absolute(edge.module(), parts[0] + "." + parts[1]);
        } else if (parts[0].equals("data") && parts.length >= 3) {
            target = Addresses.absolute(edge.module(), "data." + parts[1] + "." + parts[2]);
        } else {
            target = Addresses.absolute(edge.module(), parts[0] + "." + parts[1]);
        }
        if ((nodes.containsKey(target) || modules.contains(target)) && !target.equals(edge.from())) {
            edges.add(new GraphEdge(edge.from(), target));
        }
    }
}
