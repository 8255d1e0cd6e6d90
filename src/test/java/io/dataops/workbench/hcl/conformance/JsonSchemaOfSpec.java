package io.dataops.workbench.hcl.conformance;

import io.dataops.workbench.hcl.eval.decode.DecodeSpec;
import io.dataops.workbench.hcl.json.BodySchema;
import java.util.HashMap;
import java.util.Map;

/** The JSON body schema a decoding spec implies: each block spec names a block type and its labels. */
final class JsonSchemaOfSpec {

    private JsonSchemaOfSpec() {
    }

    static BodySchema of(DecodeSpec spec) {
        Map<String, BodySchema.BlockSchema> blocks = new HashMap<>();
        collect(spec, blocks);
        return new BodySchema(blocks);
    }

    private static void collect(DecodeSpec spec, Map<String, BodySchema.BlockSchema> blocks) {
        // Java 17: no pattern switch, so instanceof in turn.
        if (spec instanceof DecodeSpec.ObjectSpec object) {
            object.children().values().forEach(child -> collect(child, blocks));
        } else if (spec instanceof DecodeSpec.TupleSpec tuple) {
            tuple.elements().forEach(child -> collect(child, blocks));
        } else if (spec instanceof DecodeSpec.BlockSpec block) {
            blocks.put(block.blockType(), new BodySchema.BlockSchema(0, of(block.nested())));
        } else if (spec instanceof DecodeSpec.BlockListSpec block) {
            blocks.put(block.blockType(), new BodySchema.BlockSchema(0, of(block.nested())));
        } else if (spec instanceof DecodeSpec.BlockSetSpec block) {
            blocks.put(block.blockType(), new BodySchema.BlockSchema(0, of(block.nested())));
        } else if (spec instanceof DecodeSpec.BlockMapSpec block) {
            blocks.put(block.blockType(), new BodySchema.BlockSchema(block.labels().size(), of(block.nested())));
        } else if (spec instanceof DecodeSpec.DefaultSpec both) {
            collect(both.primary(), blocks);
            collect(both.fallback(), blocks);
        }
    }
}
