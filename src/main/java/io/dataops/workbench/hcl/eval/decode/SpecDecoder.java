package io.dataops.workbench.hcl.eval.decode;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.eval.ConversionException;
import io.dataops.workbench.hcl.eval.EvalContext;
import io.dataops.workbench.hcl.eval.Evaluation;
import io.dataops.workbench.hcl.eval.ExpressionEvaluator;
import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.hcl.eval.TypeConversion;
import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.Body;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a body with a {@link DecodeSpec}, as hcldec.Decode does: the body is checked against the schema
 * the spec implies, then each spec builds its part of the value, evaluating attribute expressions in the
 * given context. Errors are diagnostics with HCL's summaries; the value then has unknown parts.
 */
public final class SpecDecoder {

    private SpecDecoder() {
    }

    public static Evaluation decode(Body body, DecodeSpec spec, EvalContext ctx) {
        List<Diagnostic> diags = new ArrayList<>();
        HclValue value = decode(body, spec, ctx, diags);
        return new Evaluation(value, diags);
    }

    private static HclValue decode(Body body, DecodeSpec spec, EvalContext ctx, List<Diagnostic> diags) {
        BodyContent content = BodyContent.of(body, BodySchema.of(spec), diags);
        return decodeContent(body, content, spec, ctx, diags);
    }

    private static HclValue decodeContent(Body body, BodyContent content, DecodeSpec spec, EvalContext ctx,
                                          List<Diagnostic> diags) {
        if (spec instanceof DecodeSpec.ObjectSpec o) {
            Map<String, HclValue> attributes = new LinkedHashMap<>();
            o.children().forEach((name, child) -> attributes.put(name, decodeContent(body, content, child, ctx, diags)));
            return HclValue.object(attributes);
        }
        if (spec instanceof DecodeSpec.TupleSpec t) {
            List<HclValue> elements = new ArrayList<>();
            t.elements().forEach(child -> elements.add(decodeContent(body, content, child, ctx, diags)));
            return HclValue.tuple(elements);
        }
        if (spec instanceof DecodeSpec.AttrSpec a) {
            return attribute(body, content.attributes().get(a.name()), a, ctx, diags);
        }
        if (spec instanceof DecodeSpec.LiteralSpec l) {
            return l.value();
        }
        if (spec instanceof DecodeSpec.DefaultSpec d) {
            HclValue primary = decodeContent(body, content, d.primary(), ctx, diags);
            return primary.isNull() ? decodeContent(body, content, d.fallback(), ctx, diags) : primary;
        }
        if (spec instanceof DecodeSpec.BlockSpec b) {
            return singleBlock(body, content.blocksOfType(b.blockType()), b, ctx, diags);
        }
        return BlockCollections.decode(body, content, spec, ctx, diags);
    }

    private static HclValue attribute(Body body, Attribute attr, DecodeSpec.AttrSpec spec, EvalContext ctx,
                                      List<Diagnostic> diags) {
        if (attr == null) {
            if (spec.required()) {
                diags.add(Diagnostic.error("Missing required argument",
                        "The argument \"" + spec.name() + "\" is required, but no definition was found.", missingItem(body)));
            }
            return HclValue.nullOf(spec.type());
        }
        Evaluation evaluated = ExpressionEvaluator.evaluate(attr.expression(), ctx);
        diags.addAll(evaluated.diagnostics());
        try {
            return TypeConversion.convert(evaluated.value(), spec.type());
        } catch (ConversionException e) {
            diags.add(Diagnostic.error("Incorrect attribute value type",
                    "Inappropriate value for attribute \"" + spec.name() + "\": " + e.getMessage() + ".",
                    attr.expression().range()));
            return HclValue.unknown(spec.type());
        }
    }

    private static HclValue singleBlock(Body body, List<Block> blocks, DecodeSpec.BlockSpec spec, EvalContext ctx,
                                        List<Diagnostic> diags) {
        if (blocks.isEmpty()) {
            if (spec.required()) {
                diags.add(Diagnostic.error("Missing " + spec.blockType() + " block",
                        "A block of type \"" + spec.blockType() + "\" is required here.", missingItem(body)));
            }
            return HclValue.nullOf(spec.nested().impliedType());
        }
        for (Block extra : blocks.subList(1, blocks.size())) {
            diags.add(Diagnostic.error("Duplicate " + spec.blockType() + " block",
                    "Only one block of type \"" + spec.blockType() + "\" is allowed. Previous definition was at "
                    + position(blocks.get(0).typeRange()) + ".", extra.typeRange()));
        }
        return decode(blocks.get(0).body(), spec.nested(), ctx, diags);
    }

    /** Decodes a block's body with a nested spec: used for block collections too. */
    static HclValue decodeBlock(Block block, DecodeSpec nested, EvalContext ctx, List<Diagnostic> diags) {
        return decode(block.body(), nested, ctx, diags);
    }

    /** Where HCL reports something missing from a body: the empty range at its start. */
    static SourceRange missingItem(Body body) {
        SourceRange r = body.range();
        return new SourceRange(r.filename(), r.start(), r.start());
    }

    static String position(SourceRange r) {
        return r.filename() + ":" + r.start().line() + "," + r.start().column() + "-" + r.end().column();
    }
}
