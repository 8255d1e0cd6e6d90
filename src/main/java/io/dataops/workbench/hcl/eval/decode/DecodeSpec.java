package io.dataops.workbench.hcl.eval.decode;

import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to turn a body into a value, after HCL's hcldec package: a tree of specs naming the attributes and
 * blocks expected and the value to build from them. The spec also implies the body's schema, so anything
 * the spec does not name is reported as unexpected.
 */
public sealed interface DecodeSpec {

    /** The type of the value this spec produces when its content is absent. */
    HclType impliedType();

    /** An object with one attribute per named child spec. */
    record ObjectSpec(Map<String, DecodeSpec> children) implements DecodeSpec {
        public ObjectSpec {
            children = Map.copyOf(children);
        }

        @Override
        public HclType impliedType() {
            Map<String, HclType> types = new LinkedHashMap<>();
            children.forEach((name, spec) -> types.put(name, spec.impliedType()));
            return HclType.object(types);
        }
    }

    /** A tuple with one element per child spec. */
    record TupleSpec(List<DecodeSpec> elements) implements DecodeSpec {
        public TupleSpec {
            elements = List.copyOf(elements);
        }

        @Override
        public HclType impliedType() {
            return HclType.tuple(elements.stream().map(DecodeSpec::impliedType).toList());
        }
    }

    /** The value of attribute {@code name}, converted to {@code type}; null of the type if absent and optional. */
    record AttrSpec(String name, HclType type, boolean required) implements DecodeSpec {
        @Override
        public HclType impliedType() {
            return type;
        }
    }

    /** At most one block of {@code blockType}, decoded with {@code nested}; null if absent and optional. */
    record BlockSpec(String blockType, DecodeSpec nested, boolean required) implements DecodeSpec {
        @Override
        public HclType impliedType() {
            return nested.impliedType();
        }
    }

    /** All blocks of {@code blockType} as a list ({@code maxItems} 0 means no limit). */
    record BlockListSpec(String blockType, DecodeSpec nested, int minItems, int maxItems) implements DecodeSpec {
        @Override
        public HclType impliedType() {
            return HclType.list(nested.impliedType());
        }
    }

    /** All blocks of {@code blockType} as a set. */
    record BlockSetSpec(String blockType, DecodeSpec nested, int minItems, int maxItems) implements DecodeSpec {
        @Override
        public HclType impliedType() {
            return HclType.set(nested.impliedType());
        }
    }

    /** Blocks of {@code blockType} with one label per name in {@code labels}, as maps nested by label. */
    record BlockMapSpec(String blockType, List<String> labels, DecodeSpec nested) implements DecodeSpec {
        public BlockMapSpec {
            labels = List.copyOf(labels);
        }

        @Override
        public HclType impliedType() {
            HclType type = nested.impliedType();
            for (int i = 0; i < labels.size(); i++) {
                type = HclType.map(type);
            }
            return type;
        }
    }

    /** A fixed value; the body is not consulted. */
    record LiteralSpec(HclValue value) implements DecodeSpec {
        @Override
        public HclType impliedType() {
            return value.type();
        }
    }

    /** {@code primary}'s value, or {@code fallback}'s when that is null. */
    record DefaultSpec(DecodeSpec primary, DecodeSpec fallback) implements DecodeSpec {
        @Override
        public HclType impliedType() {
            return primary.impliedType();
        }
    }
}
