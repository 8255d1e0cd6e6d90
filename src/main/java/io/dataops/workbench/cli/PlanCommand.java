package io.dataops.workbench.cli;

import picocli.CommandLine.Command;

/** {@code dataops plan show|run}: Terraform plans on the command line. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Terraform plans: show a plan JSON, or plan a project and store the plan in the workspace.",
        subcommands = {PlanShowCommand.class, PlanRunCommand.class})
final class PlanCommand {
}
