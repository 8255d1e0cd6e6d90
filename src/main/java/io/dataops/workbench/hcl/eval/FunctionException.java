package io.dataops.workbench.hcl.eval;

/**
 * A function call failed. With an argument index the diagnostic points at that argument ("Invalid
 * function argument"), as cty's ArgError does; without one at the call ("Error in function call").
 */
public final class FunctionException extends Exception {

    private final int argumentIndex;

    private FunctionException(int argumentIndex, String message) {
        super(message, null, false, false);
        this.argumentIndex = argumentIndex;
    }

    public static FunctionException argument(int index, String message) {
        return new FunctionException(index, message);
    }

    public static FunctionException call(String message) {
        return new FunctionException(-1, message);
    }

    /** The argument at fault, or -1 when the call as a whole failed. */
    public int argumentIndex() {
        return argumentIndex;
    }
}
