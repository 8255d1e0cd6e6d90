package io.dataops.workbench.hcl.json;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.BlockLabel;
import io.dataops.workbench.hcl.tree.Body;
import io.dataops.workbench.hcl.tree.BodyItem;
import io.dataops.workbench.hcl.tree.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as HCL bodies (json-spec.md "Structural Elements"): a body is an object or an array of
 * objects; a property named by the schema as a block type holds one object level per label and then one
 * body object or an array of them; {@code "//"} properties are comments; everything else is an attribute.
 */
final class JsonBodyBuilder {

    private final List<Diagnostic> diagnostics;
    private final JsonExpressions expressions;

    JsonBodyBuilder(String filename, List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
        this.expressions = new JsonExpressions(filename, diagnostics);
    }

    Body body(JsonValue value, BodySchema schema) {
        List<BodyItem> items = new ArrayList<>();
        Map<String, Attribute> attributes = new HashMap<>();
        for (JsonValue.Property property : properties(value, "a body")) {
            if (property.name().equals("//")) {
                continue;
            }
            BodySchema.BlockSchema block = schema.blocks().get(property.name());
            if (block != null) {
                blocks(property, block, property.value(), new ArrayList<>(), items);
                continue;
            }
            Attribute attribute = new Attribute(between(property.keySpan(), property.value().span()), property.name(),
                    property.keySpan().range(), property.keySpan().range(), expressions.of(property.value()));
            Attribute existing = attributes.putIfAbsent(property.name(), attribute);
            if (existing != null) {
                diagnostics.add(Diagnostic.error("Duplicate argument", "The argument \"" + property.name()
                        + "\" was already set at line " + existing.nameRange().start().line()
                        + ". Each argument may be set only once.", property.keySpan().range()));
            }
            items.add(attribute);
        }
        return new Body(value.span(), items);
    }

    private void blocks(JsonValue.Property type, BodySchema.BlockSchema schema, JsonValue value, List<BlockLabel> labels,
                        List<BodyItem> items) {
        if (labels.size() < schema.labels()) {
            for (JsonValue.Property label : properties(value, "the labels of a \"" + type.name() + "\" block")) {
                List<BlockLabel> deeper = new ArrayList<>(labels);
                deeper.add(new BlockLabel(label.keySpan(), label.name(), true));
                blocks(type, schema, label.value(), deeper, items);
            }
            return;
        }
        List<JsonValue> bodies = value instanceof JsonValue.JsonArray array ? array.elements() : List.of(value);
        for (JsonValue body : bodies) {
            if (!(body instanceof JsonValue.JsonObject)) {
                wrongType(body, "a JSON object is required, representing the contents of a \"" + type.name() + "\" block");
                continue;
            }
            SourceRange open = new Span(body.span().start(), body.span().start() + 1, body.span().range()).range();
            items.add(new Block(between(type.keySpan(), body.span()), type.name(), type.keySpan().range(), labels,
                    open, body(body, schema.body()), body.span().range()));
        }
    }

    /** The properties of an object, or of each object of an array (json-spec.md's flattening). */
    private List<JsonValue.Property> properties(JsonValue value, String what) {
        if (value instanceof JsonValue.JsonObject object) {
            return object.properties();
        }
        if (value instanceof JsonValue.JsonArray array) {
            List<JsonValue.Property> all = new ArrayList<>();
            for (JsonValue element : array.elements()) {
                if (element instanceof JsonValue.JsonObject object) {
                    all.addAll(object.properties());
                } else {
                    wrongType(element, "each element of the array must be a JSON object, for " + what);
                }
            }
            return all;
        }
        wrongType(value, "either a JSON object or a JSON array of objects is required for " + what);
        return List.of();
    }

    private void wrongType(JsonValue value, String requirement) {
        if (!(value instanceof JsonValue.JsonInvalid)) {
            diagnostics.add(Diagnostic.error("Incorrect JSON value type", "Found " + value.kindName() + ", but "
                    + requirement + ".", value.span().range()));
        }
    }

    private static Span between(Span first, Span last) {
        return new Span(first.start(), last.end(), new SourceRange(first.range().filename(), first.range().start(),
                last.range().end()));
    }
}
