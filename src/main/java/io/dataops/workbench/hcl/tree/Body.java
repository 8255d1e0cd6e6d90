package io.dataops.workbench.hcl.tree;

import java.util.List;
import java.util.Optional;

/**
 * The content of a file or of a block between its braces: attributes and blocks in source order.
 * The span of a block's body covers its braces (as hclsyntax's body range does); a file's body is the whole file.
 */
public record Body(Span span, List<BodyItem> items) implements Node {

    public Body {
        items = List.copyOf(items);
    }

    public List<Attribute> attributes() {
        return items.stream().filter(Attribute.class::isInstance).map(Attribute.class::cast).toList();
    }

    public List<Block> blocks() {
        return items.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
    }

    /** The first attribute called {@code name} (HCL forbids a second one; the parser does not enforce it). */
    public Optional<Attribute> attribute(String name) {
        // A plain loop: declaration reading asks this for every argument of every block on each keystroke.
        for (BodyItem item : items) {
            if (item instanceof Attribute attribute && attribute.name().equals(name)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }

    /** Blocks of {@code type} whose labels start with {@code labels} (all blocks of the type if none given). */
    public List<Block> blocks(String type, String... labels) {
        return blocks().stream().filter(b -> b.type().equals(type) && b.hasLabelPrefix(labels)).toList();
    }
}
