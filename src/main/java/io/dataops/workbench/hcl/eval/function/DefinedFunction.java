package io.dataops.workbench.hcl.eval.function;

import io.dataops.workbench.hcl.eval.FunctionException;
import io.dataops.workbench.hcl.eval.HclFunction;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A function made of its parameters, its result type and a lambda: how the families below declare theirs. */
final class DefinedFunction implements HclFunction {

    /** The implementation: gets arguments converted to the parameter types. */
    @FunctionalInterface
    interface Body {
        HclValue call(List<HclValue> args) throws FunctionException;
    }

    private final List<Parameter> parameters;
    private final Parameter variadic;
    private final Function<List<HclType>, HclType> returnType;
    private final Body body;

    private DefinedFunction(List<Parameter> parameters, Parameter variadic, Function<List<HclType>, HclType> returnType,
                            Body body) {
        this.parameters = List.copyOf(parameters);
        this.variadic = variadic;
        this.returnType = returnType;
        this.body = body;
    }

    static DefinedFunction of(List<Parameter> parameters, HclType returns, Body body) {
        return new DefinedFunction(parameters, null, types -> returns, body);
    }

    /** A function with only a variadic parameter (after the fixed ones). */
    static DefinedFunction variadic(List<Parameter> parameters, Parameter variadic, HclType returns, Body body) {
        return new DefinedFunction(parameters, variadic, types -> returns, body);
    }

    /** The same function, its result type computed from the argument types. */
    DefinedFunction returning(Function<List<HclType>, HclType> returns) {
        return new DefinedFunction(parameters, variadic, returns, body);
    }

    static Parameter param(String name, HclType type) {
        return Parameter.of(name, type);
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public Optional<Parameter> variadic() {
        return Optional.ofNullable(variadic);
    }

    @Override
    public HclType returnType(List<HclType> argumentTypes) {
        return returnType.apply(argumentTypes);
    }

    @Override
    public HclValue call(List<HclValue> arguments) throws FunctionException {
        return body.call(arguments);
    }
}
