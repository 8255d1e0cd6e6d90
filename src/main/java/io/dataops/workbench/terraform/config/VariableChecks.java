package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.eval.ConversionException;
import io.dataops.workbench.hcl.eval.EvalContext;
import io.dataops.workbench.hcl.eval.Evaluation;
import io.dataops.workbench.hcl.eval.ExpressionEvaluator;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.hcl.eval.TypeConversion;
import io.dataops.workbench.hcl.tree.Expression;

import java.util.List;
import java.util.Optional;

/** A variable's default against its type and {@code nullable}, as Terraform checks when it loads the config. */
final class VariableChecks {

    private VariableChecks() {
    }

    static void defaults(ModuleIndex module, List<Diagnostic> out) {
        for (Declaration.Variable variable : module.all(Declaration.Variable.class)) {
            variable.defaultValue().ifPresent(expression -> checkDefault(variable, expression, out));
        }
    }

    private static void checkDefault(Declaration.Variable variable, Expression expression, List<Diagnostic> out) {
        Evaluation evaluation = ExpressionEvaluator.evaluate(expression, EvalContext.NONE);
        if (evaluation.hasErrors()) {
            return; // Terraform words these its own way ("Variables not allowed"); we stay silent.
        }
        HclValue value = evaluation.value();
        if (value.isNull()) {
            if (!variable.nullable()) {
                out.add(Diagnostic.error("Invalid default value for variable",
                        "A null default value is not valid when nullable=false.", expression.range()));
            }
            return;
        }
        mismatch(value, variable.type()).ifPresent(message -> out.add(Diagnostic.error(
                "Invalid default value for variable", "This default value is not compatible with the variable's "
                        + "type constraint: " + message + ".", expression.range())));
    }

    /** Why {@code value} does not convert to {@code type}; empty when it does (or the type is unknown). */
    static Optional<String> mismatch(HclValue value, Optional<HclType> type) {
        if (type.isEmpty() || !value.isWhollyKnown()) {
            return Optional.empty();
        }
        try {
            TypeConversion.convert(value, type.get());
            return Optional.empty();
        } catch (ConversionException e) {
            return Optional.of(e.getMessage());
        }
    }
}
