package io.dataops.workbench.hcl.eval.decode;

import io.dataops.workbench.hcl.NameSuggestion;
import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.Body;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A body checked against a schema, as hcl.Body.Content does: attributes and blocks the schema does not name
 * are reported ("Unsupported argument", "Unsupported block type"), as are blocks with the wrong number of
 * labels; what remains is what decoding may use.
 */
record BodyContent(Map<String, Attribute> attributes, List<Block> blocks) {

    static BodyContent of(Body body, BodySchema schema, List<Diagnostic> diags) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        for (Attribute attr : body.attributes()) {
            if (schema.attributes().containsKey(attr.name())) {
                attributes.putIfAbsent(attr.name(), attr);
                continue;
            }
            String detail = "An argument named \"" + attr.name() + "\" is not expected here.";
            if (schema.blockTypes().containsKey(attr.name())) {
                detail += " Did you mean to define a block of type \"" + attr.name() + "\"?";
            } else {
                detail += NameSuggestion.suggest(attr.name(), List.copyOf(schema.attributes().keySet()))
                        .map(s -> " Did you mean \"" + s + "\"?").orElse("");
            }
            diags.add(Diagnostic.error("Unsupported argument", detail, attr.nameRange()));
        }
        for (Block block : body.blocks()) {
            Integer labels = schema.blockTypes().get(block.type());
            if (labels == null) {
                String detail = "Blocks of type \"" + block.type() + "\" are not expected here.";
                if (schema.attributes().containsKey(block.type())) {
                    detail += " Did you mean to define argument \"" + block.type() + "\"? If so, use the equals sign to assign it a value.";
                }
                diags.add(Diagnostic.error("Unsupported block type", detail, block.typeRange()));
            } else if (block.labels().size() > labels) {
                diags.add(Diagnostic.error("Extraneous label for " + block.type(), labels == 0
                        ? "No labels are expected for " + block.type() + " blocks."
                        : "Only " + labels + " labels are expected for " + block.type() + " blocks.",
                        block.labels().get(labels).range()));
            } else if (block.labels().size() < labels) {
                diags.add(Diagnostic.error("Missing name for " + block.type(),
                        "All " + block.type() + " blocks must have " + labels + " labels.", block.openBraceRange()));
            } else {
                blocks.add(block);
            }
        }
        return new BodyContent(attributes, blocks);
    }

    List<Block> blocksOfType(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }
}
