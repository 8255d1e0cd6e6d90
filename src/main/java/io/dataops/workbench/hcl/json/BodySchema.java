package io.dataops.workbench.hcl.json;

import java.util.Map;
import java.util.Optional;

/**
 * Which property names of a JSON body are blocks (and with how many labels); every other property is an
 * attribute. The JSON syntax cannot tell the two apart without it (json-spec.md "Structural Elements").
 */
public record BodySchema(Map<String, BlockSchema> blocks) {

    /** A block type: its number of labels and the schema of its body. */
    public record BlockSchema(int labels, BodySchema body) {
    }

    public static final BodySchema ATTRIBUTES_ONLY = new BodySchema(Map.of());

    /** The top level of a Terraform configuration ({@code .tf.json}); nested blocks are read as attributes. */
    public static final BodySchema TERRAFORM = new BodySchema(Map.ofEntries(
            Map.entry("resource", new BlockSchema(2, ATTRIBUTES_ONLY)),
            Map.entry("data", new BlockSchema(2, ATTRIBUTES_ONLY)),
            Map.entry("ephemeral", new BlockSchema(2, ATTRIBUTES_ONLY)),
            Map.entry("variable", new BlockSchema(1, ATTRIBUTES_ONLY)),
            Map.entry("output", new BlockSchema(1, ATTRIBUTES_ONLY)),
            Map.entry("module", new BlockSchema(1, ATTRIBUTES_ONLY)),
            Map.entry("provider", new BlockSchema(1, ATTRIBUTES_ONLY)),
            Map.entry("check", new BlockSchema(1, ATTRIBUTES_ONLY)),
            Map.entry("locals", new BlockSchema(0, ATTRIBUTES_ONLY)),
            Map.entry("terraform", new BlockSchema(0, ATTRIBUTES_ONLY)),
            Map.entry("moved", new BlockSchema(0, ATTRIBUTES_ONLY)),
            Map.entry("import", new BlockSchema(0, ATTRIBUTES_ONLY)),
            Map.entry("removed", new BlockSchema(0, ATTRIBUTES_ONLY))));

    public BodySchema {
        blocks = Map.copyOf(blocks);
    }

    public Optional<BlockSchema> block(String name) {
        return Optional.ofNullable(blocks.get(name));
    }
}
