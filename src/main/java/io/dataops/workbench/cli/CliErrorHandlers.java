package io.dataops.workbench.cli;

import io.dataops.workbench.common.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;

/** How errors reach the user: one clear message on stderr, never a stack trace, and the right exit code. */
final class CliErrorHandlers {
    private CliErrorHandlers() {
    }

    /** Usage errors (unknown option or command, missing parameter): picocli's message, a suggestion, exit 2. */
    static final class BadUsage implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException exception, String[] args) {
            CommandLine commandLine = exception.getCommandLine();
            PrintWriter err = commandLine.getErr();
            err.println(exception.getMessage());
            UnmatchedArgumentException.printSuggestions(exception, err);
            err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        }
    }

    /** A command that threw: a {@link UserFacingException} is an input error (exit 2), anything else a bug (3). */
    static final class FailedExecution implements IExecutionExceptionHandler {
        private static final Logger LOG = LoggerFactory.getLogger(FailedExecution.class);

        @Override
        public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            if (exception instanceof UserFacingException userFacing) {
                LOG.debug("Command failed: {}", userFacing.getMessage(), userFacing);
                err.println(userFacing.getMessage());
                return ExitCode.USAGE;
            }
            LOG.error("Unexpected error in '{}'", commandLine.getCommandSpec().qualifiedName(), exception);
            err.println("Unexpected error: " + exception + ". Details are in the log file "
                    + DataOpsCommand.of(commandLine.getCommandSpec()).workspaceDirectory()
                    .resolve("logs").resolve("workbench.log") + " if the workspace exists.");
            return ExitCode.INTERNAL;
        }
    }
}
