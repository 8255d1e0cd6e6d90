package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.GetAttrExpr;
import io.dataops.workbench.hcl.tree.IndexExpr;
import io.dataops.workbench.hcl.tree.VariableExpr;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one traversal ({@code root.step[...]...}) into a {@link Reference}, or into the error Terraform
 * gives for a root name used where it is not available ({@code count} outside a counted block, an
 * unknown {@code path} attribute, ...). Texts and ranges follow Terraform 1.11's.
 */
final class TraversalReader {

    record Result(Optional<Reference> reference, Optional<Diagnostic> diagnostic) {
    }

    /** Root names Terraform reserves for future or other use: no reference we resolve, and no error. */
    private static final Set<String> IGNORED_ROOTS = Set.of("ephemeral", "resource", "template", "lazy", "arg",
            "run", "provider");

    private TraversalReader() {
    }

    static Optional<Result> read(VariableExpr root, List<Expression> steps, ReferenceScope scope, String file) {
        String name = root.name();
        Optional<String> first = attr(steps, 0);
        SourceRange whole = join(root.range(), steps.isEmpty() ? root.range() : last(steps).range());
        switch (name) {
            case "var":
            case "local":
                return first.map(a -> found(ref(name.equals("var") ? ReferenceKind.VARIABLE : ReferenceKind.LOCAL,
                        name + "." + a, root, steps, 1, whole, scope)));
            case "module":
                return first.map(a -> found(ref(ReferenceKind.MODULE, "module." + a, root, steps, 1, whole, scope)));
            case "data":
                return first.flatMap(t -> attr(steps, 1).map(n ->
                        found(ref(ReferenceKind.DATA, "data." + t + "." + n, root, steps, 2, whole, scope))));
            case "count":
                return Optional.of(count(root, steps, scope, whole));
            case "each":
                return Optional.of(each(root, steps, scope, whole));
            case "self":
                return Optional.of(scope.selfAllowed()
                        ? found(ref(ReferenceKind.SELF, "self", root, steps, 0, whole, scope))
                        : error("Invalid \"self\" reference", "The \"self\" object is not available in this context. "
                        + "This object can be used only in resource provisioner, connection, and postcondition "
                        + "blocks.", root.range()));
            case "path":
                return first.map(a -> Set.of("module", "root", "cwd").contains(a)
                        ? found(ref(ReferenceKind.PATH, "path." + a, root, steps, 1, whole, scope))
                        : error("Invalid \"path\" attribute", "The \"path\" object does not have an attribute named \""
                        + a + "\".", whole));
            case "terraform":
                return first.map(a -> Set.of("workspace", "applying").contains(a)
                        ? found(ref(ReferenceKind.TERRAFORM, "terraform." + a, root, steps, 1, whole, scope))
                        : error("Invalid \"terraform\" attribute", "The \"terraform\" object does not have an "
                        + "attribute named \"" + a + "\". The only supported attributes are terraform.workspace, "
                        + "the name of the currently-selected workspace, and terraform.applying, a boolean which is "
                        + "true only during apply.", whole));
            default:
                if (IGNORED_ROOTS.contains(name)) {
                    return Optional.empty();
                }
                if (first.isEmpty()) {
                    return Optional.of(error("Invalid reference", "A reference to a resource type must be followed by "
                            + "at least one attribute access, specifying the resource name.", root.range()));
                }
                return Optional.of(found(ref(ReferenceKind.RESOURCE, name + "." + first.get(), root, steps, 1,
                        whole, scope)));
        }
    }

    private static Result count(VariableExpr root, List<Expression> steps, ReferenceScope scope, SourceRange whole) {
        if (scope.counted()) {
            return found(ref(ReferenceKind.COUNT, "count" + attr(steps, 0).map(a -> "." + a).orElse(""), root, steps,
                    steps.isEmpty() ? 0 : 1, whole, scope));
        }
        return error("Reference to \"count\" in non-counted context", "The \"count\" object can only be used in "
                + "\"module\", \"resource\", and \"data\" blocks, and only when the \"count\" argument is set.", whole);
    }

    private static Result each(VariableExpr root, List<Expression> steps, ReferenceScope scope, SourceRange whole) {
        if (scope.forEach()) {
            return found(ref(ReferenceKind.EACH, "each" + attr(steps, 0).map(a -> "." + a).orElse(""), root, steps,
                    steps.isEmpty() ? 0 : 1, whole, scope));
        }
        return error("Reference to \"each\" in context without for_each", "The \"each\" object can be used only in "
                + "\"module\" or \"resource\" blocks, and only when the \"for_each\" argument is set.", whole);
    }

    /**
     * A reference whose subject is {@code root} and the first {@code subjectSteps} steps; the attribute is the
     * next attribute step, possibly after one index ({@code aws_instance.web[0].id}).
     */
    private static Reference ref(ReferenceKind kind, String subject, VariableExpr root, List<Expression> steps,
                                 int subjectSteps, SourceRange whole, ReferenceScope scope) {
        SourceRange subjectRange = subjectSteps == 0 ? root.range()
                : join(root.range(), steps.get(subjectSteps - 1).range());
        int attributeAt = subjectSteps;
        boolean indexed = attributeAt < steps.size() && steps.get(attributeAt) instanceof IndexExpr;
        if (indexed) {
            attributeAt++;
        }
        Optional<String> attribute = attr(steps, attributeAt);
        SourceRange attributeRange = attribute.isPresent()
                ? new SourceRange(whole.filename(), steps.get(attributeAt - 1 < 0 ? 0 : attributeAt - 1).range().end(),
                steps.get(attributeAt).range().end())
                : whole;
        if (attribute.isPresent() && attributeAt == 0) {
            attributeRange = whole;
        }
        SourceRange range = attribute.isPresent() ? join(root.range(), steps.get(attributeAt).range()) : subjectRange;
        return new Reference(kind, subject, attribute, range, subjectRange, attributeRange, indexed, scope.referrer());
    }

    private static Optional<String> attr(List<Expression> steps, int index) {
        if (index < steps.size() && steps.get(index) instanceof GetAttrExpr g) {
            return Optional.of(g.name());
        }
        return Optional.empty();
    }

    private static Expression last(List<Expression> steps) {
        return steps.get(steps.size() - 1);
    }

    static SourceRange join(SourceRange from, SourceRange to) {
        return new SourceRange(from.filename(), from.start(), to.end());
    }

    private static Result found(Reference reference) {
        return new Result(Optional.of(reference), Optional.empty());
    }

    private static Result error(String summary, String detail, SourceRange range) {
        return new Result(Optional.empty(), Optional.of(Diagnostic.error(summary, detail, range)));
    }
}
