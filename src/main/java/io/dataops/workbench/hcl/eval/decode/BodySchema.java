package io.dataops.workbench.hcl.eval.decode;

import java.util.LinkedHashMap;
import java.util.Map;

/** The attributes (name to required) and block types (type to label count) a body may contain. */
record BodySchema(Map<String, Boolean> attributes, Map<String, Integer> blockTypes) {

    /** The schema a spec implies: its attributes and blocks, looking through objects, tuples and defaults. */
    static BodySchema of(DecodeSpec spec) {
        BodySchema schema = new BodySchema(new LinkedHashMap<>(), new LinkedHashMap<>());
        schema.collect(spec);
        return schema;
    }

    private void collect(DecodeSpec spec) {
        if (spec instanceof DecodeSpec.ObjectSpec o) {
            o.children().values().forEach(this::collect);
        } else if (spec instanceof DecodeSpec.TupleSpec t) {
            t.elements().forEach(this::collect);
        } else if (spec instanceof DecodeSpec.DefaultSpec d) {
            collect(d.primary());
            collect(d.fallback());
        } else if (spec instanceof DecodeSpec.AttrSpec a) {
            attributes.merge(a.name(), a.required(), Boolean::logicalOr);
        } else if (spec instanceof DecodeSpec.BlockSpec b) {
            blockTypes.put(b.blockType(), 0);
        } else if (spec instanceof DecodeSpec.BlockListSpec b) {
            blockTypes.put(b.blockType(), 0);
        } else if (spec instanceof DecodeSpec.BlockSetSpec b) {
            blockTypes.put(b.blockType(), 0);
        } else if (spec instanceof DecodeSpec.BlockMapSpec b) {
            blockTypes.put(b.blockType(), b.labels().size());
        }
    }
}
