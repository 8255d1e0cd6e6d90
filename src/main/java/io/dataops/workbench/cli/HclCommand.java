package io.dataops.workbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code dataops hcl fmt}: HCL tools that need no workspace. */
@Command(name = "hcl",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "HCL (Terraform configuration) tools; they need no workspace.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                HclFmtCommand.class,
                HclCheckCommand.class,
                HclGraphCommand.class,
        })
final class HclCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing an hcl command: fmt, check or graph.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
