package io.dataops.workbench.hcl.eval.decode;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.eval.EvalContext;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.Body;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Block lists, sets and maps (hcldec's BlockListSpec, BlockSetSpec, BlockMapSpec). When the nested spec's
 * type is not fully known (it contains {@code any}), the elements may differ in type, so a list becomes a
 * tuple and a map an object, as hcldec does.
 */
final class BlockCollections {

    private BlockCollections() {
    }

    static HclValue decode(Body body, BodyContent content, DecodeSpec spec, EvalContext ctx, List<Diagnostic> diags) {
        if (spec instanceof DecodeSpec.BlockListSpec l) {
            List<HclValue> elements = decodeAll(content.blocksOfType(l.blockType()), l.nested(), ctx, diags);
            checkCount(body, l.blockType(), elements.size(), l.minItems(), l.maxItems(), content, diags);
            return sequence(l.nested().impliedType(), elements, false);
        }
        if (spec instanceof DecodeSpec.BlockSetSpec s) {
            List<HclValue> elements = decodeAll(content.blocksOfType(s.blockType()), s.nested(), ctx, diags);
            checkCount(body, s.blockType(), elements.size(), s.minItems(), s.maxItems(), content, diags);
            return sequence(s.nested().impliedType(), elements, true);
        }
        DecodeSpec.BlockMapSpec m = (DecodeSpec.BlockMapSpec) spec;
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Block block : content.blocksOfType(m.blockType())) {
            Map<String, Object> level = tree;
            List<String> labels = block.labelValues();
            for (int i = 0; i < labels.size() - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) level.computeIfAbsent(labels.get(i), k -> new LinkedHashMap<>());
                level = next;
            }
            String last = labels.get(labels.size() - 1);
            if (level.containsKey(last)) {
                diags.add(Diagnostic.error("Duplicate " + m.blockType() + " block", "A block for " + m.blockType() + " "
                        + String.join(" ", labels) + " was already defined.", block.typeRange()));
                continue;
            }
            level.put(last, SpecDecoder.decodeBlock(block, m.nested(), ctx, diags));
        }
        return mapValue(tree, m.labels().size(), m.nested().impliedType());
    }

    private static List<HclValue> decodeAll(List<Block> blocks, DecodeSpec nested, EvalContext ctx, List<Diagnostic> diags) {
        List<HclValue> elements = new ArrayList<>();
        blocks.forEach(b -> elements.add(SpecDecoder.decodeBlock(b, nested, ctx, diags)));
        return elements;
    }

    private static void checkCount(Body body, String type, int count, int min, int max, BodyContent content,
                                   List<Diagnostic> diags) {
        if (count < min) {
            diags.add(Diagnostic.error("Insufficient " + type + " blocks",
                    "At least " + min + " \"" + type + "\" blocks are required.", SpecDecoder.missingItem(body)));
        } else if (max > 0 && count > max) {
            diags.add(Diagnostic.error("Too many " + type + " blocks",
                    "No more than " + max + " \"" + type + "\" blocks are allowed.",
                    content.blocksOfType(type).get(max).typeRange()));
        }
    }

    private static HclValue sequence(HclType elementType, List<HclValue> elements, boolean set) {
        if (elements.isEmpty()) {
            return set ? HclValue.set(elementType, List.of()) : HclValue.list(elementType, List.of());
        }
        if (elementType.hasDynamic()) {
            return HclValue.tuple(elements);
        }
        return set ? HclValue.set(elementType, elements) : HclValue.list(elementType, elements);
    }

    /** The nested label maps as map values (objects when the element type is not fully known). */
    @SuppressWarnings("unchecked")
    private static HclValue mapValue(Map<String, Object> tree, int depth, HclType elementType) {
        HclType levelType = elementType;
        for (int i = 1; i < depth; i++) {
            levelType = HclType.map(levelType);
        }
        Map<String, HclValue> entries = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            entries.put(e.getKey(), depth == 1 ? (HclValue) e.getValue()
                    : mapValue((Map<String, Object>) e.getValue(), depth - 1, elementType));
        }
        if (elementType.hasDynamic()) {
            return HclValue.object(entries);
        }
        return HclValue.map(levelType, entries);
    }
}
