package io.dataops.workbench.hcl.conformance;

import io.dataops.workbench.hcl.tree.Body;
import io.dataops.workbench.hcl.tree.ForExpr;
import io.dataops.workbench.hcl.tree.Node;
import io.dataops.workbench.hcl.tree.TemplateFor;
import io.dataops.workbench.hcl.tree.VariableExpr;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The root variables an input body refers to (hcldec's {@code --var-refs}), found by walking the tree's
 * records generically; names bound by for expressions and directives are not references.
 */
final class VariableReferences {

    private VariableReferences() {
    }

    static List<VariableExpr> in(Body body) {
        List<VariableExpr> found = new ArrayList<>();
        walk(body, new HashSet<>(), found);
        return found;
    }

    private static void walk(Object value, Set<String> bound, List<VariableExpr> found) {
        if (value instanceof VariableExpr v) {
            if (!bound.contains(v.name())) {
                found.add(v);
            }
            return;
        }
        if (value instanceof Collection<?> c) {
            c.forEach(e -> walk(e, bound, found));
            return;
        }
        if (value instanceof Optional<?> o) {
            o.ifPresent(e -> walk(e, bound, found));
            return;
        }
        if (!(value instanceof Node) || !value.getClass().isRecord()) {
            return;
        }
        Set<String> inner = bound;
        if (value instanceof ForExpr f) {
            inner = new HashSet<>(bound);
            inner.add(f.valueVariable());
            f.keyVariable().ifPresent(inner::add);
            walk(f.collection(), bound, found);
        } else if (value instanceof TemplateFor f) {
            inner = new HashSet<>(bound);
            inner.add(f.valueVariable());
            f.keyVariable().ifPresent(inner::add);
            walk(f.collection(), bound, found);
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (value instanceof ForExpr && component.getName().equals("collection")
                    || value instanceof TemplateFor && component.getName().equals("collection")) {
                continue;
            }
            try {
                walk(component.getAccessor().invoke(value), inner, found);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
