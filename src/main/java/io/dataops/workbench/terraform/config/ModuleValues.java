package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.eval.EvalContext;
import io.dataops.workbench.hcl.eval.Evaluation;
import io.dataops.workbench.hcl.eval.ExpressionEvaluator;
import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.hcl.eval.function.TerraformFunctions;
import io.dataops.workbench.hcl.tree.Expression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The values of one module's variables, locals and outputs, and of any expression in it, as far as they can
 * be known before apply: variables from {@code variableValue}, locals and outputs evaluated with the
 * Terraform functions, module outputs from {@code child}; resources, data sources, {@code count},
 * {@code each} and {@code self} are unknown, as Terraform's plan sees them. Evaluated lazily and
 * remembered; a cycle gives unknown values.
 */
public final class ModuleValues {

    private final ModuleIndex module;
    private final Function<Declaration.Variable, HclValue> variableValue;
    private final Function<String, Optional<ModuleValues>> child;
    private final Map<String, HclValue> path;
    private final Map<String, HclValue> memo = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    ModuleValues(ModuleIndex module, Function<Declaration.Variable, HclValue> variableValue,
                 Function<String, Optional<ModuleValues>> child, Map<String, HclValue> path) {
        this.module = module;
        this.variableValue = variableValue;
        this.child = child;
        this.path = Map.copyOf(path);
    }

    /** The value of {@code var.name}, {@code local.name} or {@code output.name}; unknown if not declared. */
    public HclValue value(String address) {
        HclValue known = memo.get(address);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(address)) {
            return HclValue.DYNAMIC_UNKNOWN;
        }
        try {
            HclValue value = compute(address);
            memo.put(address, value);
            return value;
        } finally {
            inProgress.remove(address);
        }
    }

    private HclValue compute(String address) {
        Optional<Declaration> declaration = module.find(address);
        if (declaration.isEmpty()) {
            return HclValue.DYNAMIC_UNKNOWN;
        }
        if (declaration.get() instanceof Declaration.Variable v) {
            return variableValue.apply(v);
        }
        if (declaration.get() instanceof Declaration.Local l) {
            return evaluate(l.attribute().expression()).value();
        }
        if (declaration.get() instanceof Declaration.Output o) {
            return o.value().map(e -> evaluate(e).value()).orElse(HclValue.NULL);
        }
        return HclValue.DYNAMIC_UNKNOWN;
    }

    /** Evaluates an expression of this module; the diagnostics are the evaluator's (unknown names included). */
    public Evaluation evaluate(Expression expression) {
        List<Reference> references = new ArrayList<>();
        new ExpressionReferences("", references, new ArrayList<Diagnostic>())
                .visit(expression, new ReferenceScope("", true, true, true, Set.of()));
        Map<String, HclValue> roots = new HashMap<>();
        Map<String, HclValue> vars = new LinkedHashMap<>();
        Map<String, HclValue> locals = new LinkedHashMap<>();
        Map<String, HclValue> modules = new LinkedHashMap<>();
        for (Reference reference : references) {
            String subject = reference.subject();
            switch (reference.kind()) {
                case VARIABLE -> vars.put(subject.substring(4), value(subject));
                case LOCAL -> locals.put(subject.substring(6), value(subject));
                case MODULE -> modules.put(subject.substring(7), moduleObject(subject.substring(7)));
                case PATH -> roots.put("path", HclValue.object(path));
                case TERRAFORM -> roots.put("terraform", HclValue.object(Map.of(
                        "workspace", HclValue.string("default"), "applying", HclValue.FALSE)));
                case RESOURCE -> roots.put(subject.substring(0, subject.indexOf('.')), HclValue.DYNAMIC_UNKNOWN);
                case DATA -> roots.put("data", HclValue.DYNAMIC_UNKNOWN);
                case EACH -> roots.put("each", HclValue.DYNAMIC_UNKNOWN);
                case COUNT -> roots.put("count", HclValue.DYNAMIC_UNKNOWN);
                case SELF -> roots.put("self", HclValue.DYNAMIC_UNKNOWN);
            }
        }
        roots.put("var", HclValue.object(vars));
        roots.put("local", HclValue.object(locals));
        roots.put("module", HclValue.object(modules));
        return ExpressionEvaluator.evaluate(expression, EvalContext.of(roots, TerraformFunctions.table()));
    }

    /** A called module's outputs as an object; unknown for calls with count or for_each and remote modules. */
    private HclValue moduleObject(String callName) {
        Optional<Declaration.ModuleCall> call = module.moduleCall(callName);
        Optional<ModuleValues> values = child.apply(callName);
        if (call.isEmpty() || values.isEmpty() || call.get().count().isPresent() || call.get().forEach().isPresent()) {
            return HclValue.DYNAMIC_UNKNOWN;
        }
        Map<String, HclValue> outputs = new LinkedHashMap<>();
        for (Declaration.Output output : values.get().module.all(Declaration.Output.class)) {
            outputs.put(output.name(), values.get().value(output.address()));
        }
        return HclValue.object(outputs);
    }
}
