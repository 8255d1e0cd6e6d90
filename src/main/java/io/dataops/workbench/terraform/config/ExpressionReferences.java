package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.BinaryOpExpr;
import io.dataops.workbench.hcl.tree.ConditionalExpr;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.ForExpr;
import io.dataops.workbench.hcl.tree.FunctionCallExpr;
import io.dataops.workbench.hcl.tree.GetAttrExpr;
import io.dataops.workbench.hcl.tree.IndexExpr;
import io.dataops.workbench.hcl.tree.ObjectExpr;
import io.dataops.workbench.hcl.tree.ObjectItem;
import io.dataops.workbench.hcl.tree.ParenthesesExpr;
import io.dataops.workbench.hcl.tree.SplatExpr;
import io.dataops.workbench.hcl.tree.TemplateExpr;
import io.dataops.workbench.hcl.tree.TemplateFor;
import io.dataops.workbench.hcl.tree.TemplateIf;
import io.dataops.workbench.hcl.tree.TemplateInterpolation;
import io.dataops.workbench.hcl.tree.TemplatePart;
import io.dataops.workbench.hcl.tree.TupleExpr;
import io.dataops.workbench.hcl.tree.UnaryOpExpr;
import io.dataops.workbench.hcl.tree.VariableExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the references in one expression, the way Terraform's {@code lang.References} does: every
 * traversal that starts at a root name (not one bound by a for expression or dynamic block) is one
 * reference, reported once for its longest chain of attribute and index steps.
 */
final class ExpressionReferences {

    private final String filename;
    private final List<Reference> references;
    private final List<Diagnostic> diagnostics;

    ExpressionReferences(String filename, List<Reference> references, List<Diagnostic> diagnostics) {
        this.filename = filename;
        this.references = references;
        this.diagnostics = diagnostics;
    }

    void visit(Expression expression, ReferenceScope scope) {
        if (expression instanceof VariableExpr || expression instanceof GetAttrExpr || expression instanceof IndexExpr) {
            chain(expression, scope);
        } else if (expression instanceof SplatExpr s) {
            visit(s.source(), scope);
            visit(s.each(), scope);
        } else if (expression instanceof TemplateExpr t) {
            parts(t.parts(), scope);
        } else if (expression instanceof FunctionCallExpr call) {
            call.arguments().forEach(a -> visit(a, scope));
        } else if (expression instanceof ForExpr f) {
            visit(f.collection(), scope);
            ReferenceScope inner = f.keyVariable().map(k -> scope.binding(k, f.valueVariable()))
                    .orElseGet(() -> scope.binding(f.valueVariable()));
            f.keyExpression().ifPresent(k -> visit(k, inner));
            visit(f.valueExpression(), inner);
            f.condition().ifPresent(c -> visit(c, inner));
        } else if (expression instanceof ConditionalExpr c) {
            visit(c.condition(), scope);
            visit(c.trueResult(), scope);
            visit(c.falseResult(), scope);
        } else if (expression instanceof BinaryOpExpr b) {
            visit(b.left(), scope);
            visit(b.right(), scope);
        } else if (expression instanceof UnaryOpExpr u) {
            visit(u.operand(), scope);
        } else if (expression instanceof TupleExpr t) {
            t.elements().forEach(e -> visit(e, scope));
        } else if (expression instanceof ObjectExpr o) {
            for (ObjectItem item : o.items()) {
                if (item.literalKey().isEmpty()) {
                    visit(item.key(), scope);
                }
                visit(item.value(), scope);
            }
        } else if (expression instanceof ParenthesesExpr p) {
            visit(p.inner(), scope);
        }
        // Literals, splat placeholders and invalid expressions hold no references.
    }

    private void parts(List<TemplatePart> parts, ReferenceScope scope) {
        for (TemplatePart part : parts) {
            if (part instanceof TemplateInterpolation i) {
                visit(i.expression(), scope);
            } else if (part instanceof TemplateIf i) {
                visit(i.condition(), scope);
                parts(i.thenParts(), scope);
                parts(i.elseParts(), scope);
            } else if (part instanceof TemplateFor f) {
                visit(f.collection(), scope);
                ReferenceScope inner = f.keyVariable().map(k -> scope.binding(k, f.valueVariable()))
                        .orElseGet(() -> scope.binding(f.valueVariable()));
                parts(f.body(), inner);
            }
        }
    }

    /** A chain of attribute and index steps: a reference when it starts at a free root name. */
    private void chain(Expression outer, ReferenceScope scope) {
        List<Expression> steps = new ArrayList<>();
        Expression at = outer;
        while (at instanceof GetAttrExpr || at instanceof IndexExpr) {
            steps.add(0, at);
            if (at instanceof IndexExpr i) {
                visit(i.key(), scope);
                at = i.collection();
            } else {
                at = ((GetAttrExpr) at).object();
            }
        }
        if (!(at instanceof VariableExpr root)) {
            visit(at, scope);
            return;
        }
        if (scope.bound().contains(root.name())) {
            return;
        }
        TraversalReader.read(root, steps, scope, filename).ifPresentOrElse(
                result -> {
                    result.reference().ifPresent(references::add);
                    result.diagnostic().ifPresent(diagnostics::add);
                },
                () -> { });
    }
}
