package io.dataops.workbench.hcl.eval;

/**
 * A value could not be converted to the wanted type. The message is cty's ("a number is required",
 * "string required", "attribute \"name\" is required") so that diagnostics read like HCL's.
 */
public final class ConversionException extends Exception {

    public ConversionException(String message) {
        super(message, null, false, false);
    }
}
