package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.Body;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.TemplateExpr;
import io.dataops.workbench.hcl.tree.VariableExpr;

import java.util.List;
import java.util.Set;

/**
 * Finds the references in a block body with Terraform's block rules: {@code dynamic} blocks bind their
 * iterator name in {@code content}, {@code provisioner}, {@code connection} and {@code postcondition} allow
 * {@code self}, and the arguments that hold names rather than expressions ({@code provider},
 * {@code lifecycle.ignore_changes}, ...) are skipped.
 */
final class BodyReferences {

    /** Arguments of resources and modules that are addresses or names, not references. */
    private static final Set<String> NOT_EXPRESSIONS = Set.of("provider", "providers", "source", "version");
    private static final Set<String> LIFECYCLE_FLAGS = Set.of("ignore_changes", "create_before_destroy",
            "prevent_destroy");

    private final ExpressionReferences expressions;

    BodyReferences(String filename, List<Reference> references, List<Diagnostic> diagnostics) {
        this.expressions = new ExpressionReferences(filename, references, diagnostics);
    }

    void expression(Expression expression, ReferenceScope scope) {
        expressions.visit(expression, scope);
    }

    /** A resource's, data source's or module call's body. */
    void declarationBody(Body body, ReferenceScope scope) {
        for (Attribute attribute : body.attributes()) {
            if (!NOT_EXPRESSIONS.contains(attribute.name())) {
                expressions.visit(attribute.expression(), scope);
            }
        }
        for (Block block : body.blocks()) {
            nested(block, scope);
        }
    }

    /** Every attribute of a body and its nested blocks, with the nested-block rules. */
    void body(Body body, ReferenceScope scope) {
        body.attributes().forEach(a -> expressions.visit(a.expression(), scope));
        body.blocks().forEach(b -> nested(b, scope));
    }

    private void nested(Block block, ReferenceScope scope) {
        switch (block.type()) {
            case "lifecycle" -> {
                for (Attribute attribute : block.body().attributes()) {
                    if (!LIFECYCLE_FLAGS.contains(attribute.name())) {
                        expressions.visit(attribute.expression(), scope);
                    }
                }
                for (Block condition : block.body().blocks()) {
                    body(condition.body(), condition.type().equals("postcondition") ? scope.withSelf() : scope);
                }
            }
            case "provisioner", "connection" -> body(block.body(), scope.withSelf());
            case "postcondition" -> body(block.body(), scope.withSelf());
            case "dynamic" -> dynamic(block, scope);
            default -> body(block.body(), scope);
        }
    }

    private void dynamic(Block block, ReferenceScope scope) {
        String iterator = block.labels().isEmpty() ? "" : block.labels().get(0).value();
        for (Attribute attribute : block.body().attributes()) {
            if (attribute.name().equals("iterator")) {
                iterator = iteratorName(attribute.expression(), iterator);
            }
        }
        ReferenceScope inner = scope.binding(iterator);
        for (Attribute attribute : block.body().attributes()) {
            if (attribute.name().equals("for_each")) {
                expressions.visit(attribute.expression(), scope);
            } else if (attribute.name().equals("labels")) {
                expressions.visit(attribute.expression(), inner);
            }
        }
        for (Block content : block.body().blocks()) {
            if (content.type().equals("content")) {
                body(content.body(), inner);
            }
        }
    }

    private static String iteratorName(Expression expression, String fallback) {
        if (expression instanceof VariableExpr v) {
            return v.name();
        }
        if (expression instanceof TemplateExpr t) {
            return t.literalValue().orElse(fallback);
        }
        return fallback;
    }
}
