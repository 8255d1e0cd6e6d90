package io.dataops.workbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code dataops alarm}: the alarm commands. */
@Command(name = "alarm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "CloudWatch-style alarms evaluated locally.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {AlarmEvaluateCommand.class})
final class AlarmCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing a command: try 'dataops alarm evaluate --help'.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
