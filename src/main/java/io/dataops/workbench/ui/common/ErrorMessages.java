package io.dataops.workbench.ui.common;

import io.dataops.workbench.common.UserFacingException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Turns an exception into what the error dialog says: a plain sentence up front, the stack trace as details. */
public final class ErrorMessages {

    static final String GENERIC = "Something went wrong that the workbench did not expect. "
            + "The details below say what happened; please include them if you report the problem.";

    private ErrorMessages() {
    }

    /** The message of the first {@link UserFacingException} in the cause chain, else a generic sentence. */
    public static String plainMessage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException && t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return GENERIC;
    }

    public static String details(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
