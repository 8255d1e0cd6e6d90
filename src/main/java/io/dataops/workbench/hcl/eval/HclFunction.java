package io.dataops.workbench.hcl.eval;

import java.util.List;
import java.util.Optional;

/**
 * A function callable from expressions, shaped like a cty function: typed parameters (arguments are
 * converted to them before the call), an optional variadic parameter, a result type for unknown arguments,
 * and an implementation that sees only known arguments unless a parameter allows unknown ones.
 */
public interface HclFunction {

    List<Parameter> parameters();

    default Optional<Parameter> variadic() {
        return Optional.empty();
    }

    /** The result type for these argument types; used for the unknown result when an argument is unknown. */
    default HclType returnType(List<HclType> argumentTypes) {
        return HclType.DYNAMIC;
    }

    /** Calls the function with arguments already converted to the parameter types. */
    HclValue call(List<HclValue> arguments) throws FunctionException;

    /**
     * One parameter. {@code allowNull}: null arguments reach the implementation (else "argument must not be
     * null"); {@code allowUnknown}: unknown arguments reach it (else the result is unknown);
     * {@code allowDynamic}: arguments of unknown type reach it (else the result is unknown).
     */
    record Parameter(String name, HclType type, boolean allowNull, boolean allowUnknown, boolean allowDynamic) {

        public static Parameter of(String name, HclType type) {
            return new Parameter(name, type, false, false, false);
        }

        public Parameter nullable() {
            return new Parameter(name, type, true, allowUnknown, allowDynamic);
        }

        public Parameter unknownAllowed() {
            return new Parameter(name, type, allowNull, true, true);
        }
    }
}
