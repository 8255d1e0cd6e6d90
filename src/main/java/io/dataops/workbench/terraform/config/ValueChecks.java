package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.eval.Evaluation;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.hcl.tree.Attribute;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks of values against variable types. Module arguments are checked as {@code terraform validate}
 * does, with every variable of the calling module unknown, so only arguments built from constants can fail
 * (an error). Root variables are checked against the tfvars values, which only {@code terraform plan}
 * reads (warnings).
 */
final class ValueChecks {

    private ValueChecks() {
    }

    static void rootVariables(ModuleIndex root, VariableValues values, List<Diagnostic> out) {
        for (Declaration.Variable variable : root.all(Declaration.Variable.class)) {
            Optional<VariableValues.Assigned> given = values.get(variable.name());
            if (given.isEmpty()) {
                if (variable.required()) {
                    out.add(new Diagnostic(Diagnostic.Severity.WARNING, "No value for required variable",
                            "The root module input variable \"" + variable.name() + "\" is not set, and has no default "
                                    + "value. Use a -var or -var-file command line argument to provide a value for "
                                    + "this variable (terraform plan will ask for it).", variable.range()));
                }
                continue;
            }
            VariableChecks.mismatch(given.get().value(), variable.type()).ifPresent(message -> out.add(new Diagnostic(
                    Diagnostic.Severity.WARNING, "Invalid value for input variable", "The given value is not suitable "
                    + "for var." + variable.name() + " declared at " + Ranges.describe(variable.range()) + ": "
                    + message + ".", given.get().range())));
        }
    }

    /** The arguments {@code linked} passes to its child modules, checked against the children's variable types. */
    static void moduleArguments(LinkedModule linked, Map<Path, LinkedModule> modules, String displayName,
                                List<Diagnostic> out) {
        ModuleIndex module = linked.index();
        ModuleValues unknownInputs = new ModuleValues(module, v -> HclValue.unknown(v.type().orElse(HclType.DYNAMIC)),
                name -> Optional.empty(), Map.of());
        for (Declaration.ModuleCall call : module.all(Declaration.ModuleCall.class)) {
            Optional<LinkedModule> child = ModuleTree.childDir(module.dir(), call).map(modules::get);
            if (child.isEmpty()) {
                continue;
            }
            String callPath = prefix(displayName) + "module." + call.name();
            for (Attribute argument : call.arguments().values()) {
                child.get().index().variable(argument.name()).ifPresent(variable ->
                        checkArgument(unknownInputs, argument, variable, callPath, out));
            }
        }
    }

    private static void checkArgument(ModuleValues values, Attribute argument, Declaration.Variable variable,
                                      String callPath, List<Diagnostic> out) {
        if (variable.type().isEmpty()) {
            return;
        }
        Evaluation evaluation = values.evaluate(argument.expression());
        HclValue value = evaluation.value();
        if (evaluation.hasErrors() || value.isNull()) {
            return;
        }
        VariableChecks.mismatch(value, variable.type()).ifPresent(message -> out.add(Diagnostic.error(
                "Invalid value for input variable", "The given value is not suitable for " + callPath + ".var."
                        + variable.name() + " declared at " + Ranges.describe(variable.range()) + ": " + message + ".",
                argument.expression().range())));
    }

    private static String prefix(String displayName) {
        return displayName == null || displayName.equals("the root module") ? "" : displayName + ".";
    }
}
