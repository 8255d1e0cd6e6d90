package io.dataops.workbench.quality.validation;

/**
 * An expectation that cannot run: a bad argument, a missing column, a column of the wrong type. It becomes
 * that expectation's exception_info; the other expectations of the suite still run.
 */
public final class InvalidExpectationException extends RuntimeException {

    public InvalidExpectationException(String message) {
        super(message);
    }

    public InvalidExpectationException(String message, Throwable cause) {
        super(message, cause);
    }
}
