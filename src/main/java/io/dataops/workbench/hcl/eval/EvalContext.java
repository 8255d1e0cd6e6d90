package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.tree.SplatItemExpr;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an expression may refer to: root variables by name and functions by name, like hcl.EvalContext.
 * {@link #NONE} allows neither ("Variables not allowed", as HCL says for a nil context); a for expression
 * or splat evaluates its inner expressions in a child context that adds its own names.
 */
public final class EvalContext {

    /** No variables and no functions: constant expressions only. */
    public static final EvalContext NONE = new EvalContext(null, Map.of(), null, false);

    private final EvalContext parent;
    private final Map<String, HclValue> variables;
    private final FunctionTable functions;
    private final boolean variablesAllowed;
    private final Map<SplatItemExpr, HclValue> splatItems = new IdentityHashMap<>();

    private EvalContext(EvalContext parent, Map<String, HclValue> variables, FunctionTable functions,
                        boolean variablesAllowed) {
        this.parent = parent;
        this.variables = Map.copyOf(variables);
        this.functions = functions;
        this.variablesAllowed = variablesAllowed;
    }

    /** A context with these root variables and no functions. */
    public static EvalContext of(Map<String, HclValue> variables) {
        return new EvalContext(null, variables, null, true);
    }

    /** A context with these root variables and functions. */
    public static EvalContext of(Map<String, HclValue> variables, FunctionTable functions) {
        return new EvalContext(null, variables, functions, true);
    }

    /** A child context adding (or shadowing) variables, as a for expression does for its key and value. */
    public EvalContext child(Map<String, HclValue> more) {
        return new EvalContext(this, more, null, true);
    }

    /** A child context in which the splat placeholder {@code item} stands for {@code value}. */
    EvalContext withSplatItem(SplatItemExpr item, HclValue value) {
        EvalContext child = new EvalContext(this, Map.of(), null, true);
        child.splatItems.put(item, value);
        return child;
    }

    Optional<HclValue> splatItem(SplatItemExpr item) {
        for (EvalContext c = this; c != null; c = c.parent) {
            HclValue v = c.splatItems.get(item);
            if (v != null) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** False when no context in the chain allows variables. */
    boolean variablesAllowed() {
        for (EvalContext c = this; c != null; c = c.parent) {
            if (c.variablesAllowed) {
                return true;
            }
        }
        return false;
    }

    Optional<HclValue> variable(String name) {
        for (EvalContext c = this; c != null; c = c.parent) {
            HclValue v = c.variables.get(name);
            if (v != null) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** All visible variable names, for "did you mean" suggestions. */
    List<String> variableNames() {
        Map<String, Boolean> names = new TreeMap<>();
        for (EvalContext c = this; c != null; c = c.parent) {
            c.variables.keySet().forEach(n -> names.put(n, true));
        }
        return List.copyOf(names.keySet());
    }

    /** The nearest function table, if any context in the chain has one. */
    Optional<FunctionTable> functions() {
        for (EvalContext c = this; c != null; c = c.parent) {
            if (c.functions != null) {
                return Optional.of(c.functions);
            }
        }
        return Optional.empty();
    }
}
