package io.dataops.workbench.common;

/**
 * An error meant for the user: the message says what went wrong, where, and what to do, in plain
 * words. UI and CLI show {@link #getMessage()} as it is and keep the cause for the details pane or
 * the log; a stack trace is never the message.
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
