package io.dataops.workbench.terraform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dataops.workbench.common.UserFacingException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Provider schemas as {@code terraform providers schema -json} prints them: for each provider source
 * address, the block schema of its configuration, its resource types and its data sources.
 */
public final class ProviderSchema {

    /** {@code type} is Terraform's type constraint as JSON text ({@code "string"}, {@code ["list","string"]}). */
    public record Attribute(boolean required, boolean optional, boolean computed, boolean deprecated, String type,
                            String description) {
    }

    public record NestedBlock(String nesting, Block block, int minItems, int maxItems) {
    }

    public record Block(Map<String, Attribute> attributes, Map<String, NestedBlock> blocks, boolean deprecated,
                        String description) {
    }

    public record Provider(String source, Block config, Map<String, Block> resources, Map<String, Block> dataSources) {
    }

    private final Map<String, Provider> providers;

    private ProviderSchema(Map<String, Provider> providers) {
        this.providers = Map.copyOf(providers);
    }

    public static ProviderSchema read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UserFacingException("Cannot read the provider schema " + file + ": " + e.getMessage(), e);
        }
    }

    public static ProviderSchema parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UserFacingException("The provider schema is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.path("provider_schemas").isObject()) {
            throw new UserFacingException("The provider schema has no \"provider_schemas\": expected the output of "
                    + "'terraform providers schema -json'.");
        }
        Map<String, Provider> providers = new LinkedHashMap<>();
        root.path("provider_schemas").fields().forEachRemaining(entry -> {
            JsonNode provider = entry.getValue();
            providers.put(entry.getKey(), new Provider(entry.getKey(), block(provider.path("provider").path("block")),
                    blocks(provider.path("resource_schemas")), blocks(provider.path("data_source_schemas"))));
        });
        return new ProviderSchema(providers);
    }

    /** The provider with this source address ({@code hashicorp/aws} matches {@code registry.terraform.io/hashicorp/aws}). */
    public Optional<Provider> provider(String source) {
        String full = source.chars().filter(c -> c == '/').count() == 1 ? "registry.terraform.io/" + source : source;
        return Optional.ofNullable(providers.get(full));
    }

    /** Every provider, by full source address. */
    public Map<String, Provider> providers() {
        return providers;
    }

    /** The schema of a resource type ({@code managed}) or data source, from whichever provider has it. */
    public Optional<Block> resource(boolean managed, String type) {
        return providers.values().stream().map(p -> (managed ? p.resources() : p.dataSources()).get(type))
                .filter(java.util.Objects::nonNull).findFirst();
    }

    private static String typeText(JsonNode type) {
        if (type.isMissingNode()) {
            return "";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (type.isArray() && type.size() == 2 && type.get(0).isTextual()) {
            return type.get(0).asText() + "(" + typeText(type.get(1)) + ")";
        }
        return type.toString();
    }

    private static Map<String, Block> blocks(JsonNode schemas) {
        Map<String, Block> blocks = new LinkedHashMap<>();
        schemas.fields().forEachRemaining(e -> blocks.put(e.getKey(), block(e.getValue().path("block"))));
        return blocks;
    }

    private static Block block(JsonNode node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        node.path("attributes").fields().forEachRemaining(e -> {
            JsonNode a = e.getValue();
            attributes.put(e.getKey(), new Attribute(a.path("required").asBoolean(), a.path("optional").asBoolean(),
                    a.path("computed").asBoolean(), a.path("deprecated").asBoolean(), typeText(a.path("type")),
                    a.path("description").asText("")));
        });
        Map<String, NestedBlock> nested = new LinkedHashMap<>();
        node.path("block_types").fields().forEachRemaining(e -> {
            JsonNode b = e.getValue();
            nested.put(e.getKey(), new NestedBlock(b.path("nesting_mode").asText("list"), block(b.path("block")),
                    b.path("min_items").asInt(0), b.path("max_items").asInt(0)));
        });
        return new Block(attributes, nested, node.path("deprecated").asBoolean(), node.path("description").asText(""));
    }
}
