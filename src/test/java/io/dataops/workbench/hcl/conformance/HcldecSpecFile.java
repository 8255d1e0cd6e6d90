package io.dataops.workbench.hcl.conformance;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.eval.EvalContext;
import io.dataops.workbench.hcl.eval.Evaluation;
import io.dataops.workbench.hcl.eval.ExpressionEvaluator;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.hcl.eval.TypeExpressions;
import io.dataops.workbench.hcl.eval.decode.DecodeSpec;
import io.dataops.workbench.hcl.parser.HclParser;
import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.Body;
import io.dataops.workbench.hcl.tree.ConfigFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code .hcldec} spec file, read with our own parser the way HCL's hcldec command reads it: one root
 * spec block (object, array, attr, block, block_list, block_set, block_map, literal, default) and an optional
 * {@code variables} block giving the evaluation context of the input.
 */
record HcldecSpecFile(DecodeSpec spec, Map<String, HclValue> variables) {

    private static final List<String> SPEC_TYPES = List.of(
            "object", "array", "attr", "block", "block_list", "block_set", "block_map", "literal", "default");

    static HcldecSpecFile read(String source, String filename, List<String> problems) {
        ConfigFile file = HclParser.parse(source, filename);
        file.diagnostics().forEach(d -> problems.add("spec parse: " + d));
        Map<String, HclValue> variables = new LinkedHashMap<>();
        List<Block> specBlocks = new ArrayList<>();
        for (Block block : file.body().blocks()) {
            if (block.type().equals("variables")) {
                block.body().attributes().forEach(a -> variables.put(a.name(), constant(a, problems)));
            } else if (SPEC_TYPES.contains(block.type())) {
                specBlocks.add(block);
            } else {
                problems.add("unexpected block in spec: " + block.type());
            }
        }
        if (specBlocks.size() != 1) {
            problems.add("a spec file must have exactly one root spec block, found " + specBlocks.size());
            return new HcldecSpecFile(new DecodeSpec.LiteralSpec(HclValue.NULL), variables);
        }
        return new HcldecSpecFile(spec(specBlocks.get(0), problems), variables);
    }

    /** The context hcldec evaluates the input in: none at all when the spec declares no variables. */
    EvalContext context() {
        return variables.isEmpty() ? EvalContext.NONE : EvalContext.of(variables);
    }

    private static DecodeSpec spec(Block block, List<String> problems) {
        String implied = block.labels().isEmpty() ? "" : block.labelValues().get(0);
        Body body = block.body();
        switch (block.type()) {
            case "object": {
                Map<String, DecodeSpec> children = new LinkedHashMap<>();
                body.blocks().forEach(b -> children.put(b.labelValues().get(0), spec(b, problems)));
                return new DecodeSpec.ObjectSpec(children);
            }
            case "array":
                return new DecodeSpec.TupleSpec(body.blocks().stream().map(b -> spec(b, problems)).toList());
            case "attr": {
                String name = string(body, "name", problems).orElse(implied);
                HclType type = body.attribute("type")
                        .flatMap(a -> TypeExpressions.typeConstraint(a.expression(), new ArrayList<>()))
                        .orElse(HclType.DYNAMIC);
                return new DecodeSpec.AttrSpec(name, type, bool(body, "required", problems));
            }
            case "block":
                return new DecodeSpec.BlockSpec(blockType(body, implied, problems), nested(body, problems),
                        bool(body, "required", problems));
            case "block_list":
                return new DecodeSpec.BlockListSpec(blockType(body, implied, problems), nested(body, problems),
                        number(body, "min_items", problems), number(body, "max_items", problems));
            case "block_set":
                return new DecodeSpec.BlockSetSpec(blockType(body, implied, problems), nested(body, problems),
                        number(body, "min_items", problems), number(body, "max_items", problems));
            case "block_map": {
                List<String> labels = body.attribute("labels").map(a -> constant(a, problems))
                        .map(v -> v.elements().stream().map(HclValue::asString).toList()).orElse(List.of());
                return new DecodeSpec.BlockMapSpec(blockType(body, implied, problems), labels, nested(body, problems));
            }
            case "literal":
                return new DecodeSpec.LiteralSpec(body.attribute("value").map(a -> constant(a, problems)).orElse(HclValue.NULL));
            default: {
                List<DecodeSpec> candidates = body.blocks().stream().map(b -> spec(b, problems)).toList();
                DecodeSpec result = candidates.get(0);
                for (DecodeSpec next : candidates.subList(1, candidates.size())) {
                    result = new DecodeSpec.DefaultSpec(result, next);
                }
                return result;
            }
        }
    }

    private static DecodeSpec nested(Body body, List<String> problems) {
        List<Block> specs = body.blocks().stream().filter(b -> SPEC_TYPES.contains(b.type())).toList();
        if (specs.size() != 1) {
            problems.add("a block spec needs exactly one nested spec, found " + specs.size());
            return new DecodeSpec.LiteralSpec(HclValue.NULL);
        }
        return spec(specs.get(0), problems);
    }

    private static String blockType(Body body, String implied, List<String> problems) {
        return string(body, "block_type", problems).orElse(implied);
    }

    private static Optional<String> string(Body body, String name, List<String> problems) {
        return body.attribute(name).map(a -> constant(a, problems).asString());
    }

    private static boolean bool(Body body, String name, List<String> problems) {
        return body.attribute(name).map(a -> constant(a, problems).asBool()).orElse(false);
    }

    private static int number(Body body, String name, List<String> problems) {
        return body.attribute(name).map(a -> constant(a, problems).asNumber().intValueExact()).orElse(0);
    }

    private static HclValue constant(Attribute attribute, List<String> problems) {
        Evaluation e = ExpressionEvaluator.evaluate(attribute.expression(), EvalContext.NONE);
        e.diagnostics().stream().map(Diagnostic::toString).forEach(d -> problems.add("spec value: " + d));
        return e.value();
    }
}
