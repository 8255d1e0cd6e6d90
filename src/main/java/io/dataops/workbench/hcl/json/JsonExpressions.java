package io.dataops.workbench.hcl.json;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.parser.HclParser;
import io.dataops.workbench.hcl.tree.BoolLiteral;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.InvalidExpr;
import io.dataops.workbench.hcl.tree.NullLiteral;
import io.dataops.workbench.hcl.tree.NumberLiteral;
import io.dataops.workbench.hcl.tree.ObjectExpr;
import io.dataops.workbench.hcl.tree.ObjectItem;
import io.dataops.workbench.hcl.tree.Span;
import io.dataops.workbench.hcl.tree.TemplateExpr;
import io.dataops.workbench.hcl.tree.TemplateLiteral;
import io.dataops.workbench.hcl.tree.TupleExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON values as HCL expressions (json-spec.md "Expressions", full expression mode): strings are
 * templates ({@code "${var.x}"} interpolates), numbers keep their exact text, arrays are tuples and
 * objects are object constructors whose keys are templates too.
 */
final class JsonExpressions {

    private final String filename;
    private final List<Diagnostic> diagnostics;

    JsonExpressions(String filename, List<Diagnostic> diagnostics) {
        this.filename = filename;
        this.diagnostics = diagnostics;
    }

    Expression of(JsonValue value) {
        if (value instanceof JsonValue.JsonString string) {
            return template(string.value(), string.span(), string.contentVerbatim());
        } else if (value instanceof JsonValue.JsonNumber number) {
            return new NumberLiteral(number.span(), number.text());
        } else if (value instanceof JsonValue.JsonKeyword keyword) {
            return keyword.keyword().equals("null") ? new NullLiteral(keyword.span())
                    : new BoolLiteral(keyword.span(), keyword.keyword().equals("true"));
        } else if (value instanceof JsonValue.JsonArray array) {
            List<Expression> elements = new ArrayList<>();
            array.elements().forEach(element -> elements.add(of(element)));
            return new TupleExpr(array.span(), elements);
        } else if (value instanceof JsonValue.JsonObject object) {
            List<ObjectItem> items = new ArrayList<>();
            for (JsonValue.Property property : object.properties()) {
                Expression key = template(property.name(), property.keySpan(), false);
                Expression item = of(property.value());
                items.add(new ObjectItem(new Span(property.keySpan().start(), item.span().end(),
                        new io.dataops.workbench.hcl.SourceRange(filename, property.keySpan().range().start(),
                                item.span().range().end())), key, item));
            }
            return new ObjectExpr(object.span(), items);
        }
        return new InvalidExpr(value.span());
    }

    /**
     * A string as a template. Positions inside it are exact when the JSON text has no escapes; escapes
     * before an interpolation shift its reported columns a little (the template's own span is exact).
     */
    private Expression template(String content, Span quoted, boolean verbatim) {
        if (content.indexOf('$') < 0 && content.indexOf('%') < 0) {
            return new TemplateExpr(quoted, TemplateExpr.Kind.BARE, List.of(new TemplateLiteral(quoted, content)));
        }
        io.dataops.workbench.hcl.SourcePos start = quoted.range().start();
        io.dataops.workbench.hcl.SourcePos contentStart = new io.dataops.workbench.hcl.SourcePos(start.line(),
                start.column() + 1, start.byteOffset() + 1);
        HclParser.ExpressionParse parsed = HclParser.parseTemplateAt(content, filename, contentStart, quoted.start() + 1);
        diagnostics.addAll(parsed.diagnostics());
        TemplateExpr template = (TemplateExpr) parsed.expression();
        return new TemplateExpr(quoted, TemplateExpr.Kind.BARE, template.parts());
    }
}
