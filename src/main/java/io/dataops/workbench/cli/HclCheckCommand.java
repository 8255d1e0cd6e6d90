package io.dataops.workbench.cli;

import io.dataops.workbench.terraform.config.AnalysisOptions;
import io.dataops.workbench.terraform.config.ConfigAnalyzer;
import io.dataops.workbench.terraform.config.Configuration;
import io.dataops.workbench.terraform.config.ProviderSchema;
import io.dataops.workbench.terraform.config.ReportFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code dataops hcl check DIR [--var-file F ...] [--schema FILE] [--format text|json]}: the diagnostics of a
 * Terraform configuration without running Terraform. Never opens (or creates) a workspace.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check a Terraform configuration (a root module and its local child modules) without running"
                + " Terraform: undeclared references, duplicates, module arguments and outputs, variable values"
                + " and types, unused variables and locals, and with --schema the provider schema."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  no errors (there may be warnings)", "  1  errors found",
                "  2  a directory, variables file or schema that cannot be read"})
final class HclCheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The root module's directory.")
    private Path dir;

    @Option(names = "--var-file", paramLabel = "F", description = "A variables file, after terraform.tfvars and"
            + " *.auto.tfvars (repeatable; later files win).")
    private List<Path> varFiles = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "FILE", description = "Provider schemas, the output of 'terraform"
            + " providers schema -json'.")
    private Path schema;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: FILE:LINE:COLUMN: severity: summary: detail) or json.")
    private OutputFormat format;

    enum OutputFormat { text, json }

    @Override
    public Integer call() {
        AnalysisOptions options = new AnalysisOptions(varFiles,
                Optional.ofNullable(schema).map(ProviderSchema::read));
        Configuration configuration = new ConfigAnalyzer(dir, options).analyse();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.print(ReportFormats.diagnosticsJson(configuration.diagnostics()));
        } else {
            String prefix = dir.toString().equals(".") ? "" : dir.toString().replaceAll("/+$", "") + "/";
            out.print(ReportFormats.diagnosticsText(configuration.diagnostics(), prefix));
        }
        out.flush();
        return configuration.hasErrors() ? ExitCode.PROBLEMS : ExitCode.OK;
    }
}
