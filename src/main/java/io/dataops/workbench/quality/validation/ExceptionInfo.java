package io.dataops.workbench.quality.validation;

/** Why an expectation could not be evaluated; {@code raised} false means it ran. */
public record ExceptionInfo(boolean raised, String message) {

    public static final ExceptionInfo NONE = new ExceptionInfo(false, null);

    public static ExceptionInfo of(String message) {
        return new ExceptionInfo(true, message);
    }
}
