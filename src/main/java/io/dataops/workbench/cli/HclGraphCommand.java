package io.dataops.workbench.cli;

import io.dataops.workbench.terraform.config.AnalysisOptions;
import io.dataops.workbench.terraform.config.ConfigAnalyzer;
import io.dataops.workbench.terraform.config.DependencyGraph;
import io.dataops.workbench.terraform.config.ReportFormats;
import io.dataops.workbench.terraform.graph.GraphDot;
import io.dataops.workbench.terraform.graph.InfraGraphs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code dataops hcl graph DIR [--format dot|json]}: the dependency graph of a configuration. No workspace. */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the dependency graph of a Terraform configuration: resources, data sources, module"
                + " calls, variables, locals and outputs of every module, and the references between them."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  printed (also when the configuration has errors)", "  2  a directory that cannot be read"})
final class HclGraphCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The root module's directory.")
    private Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "dot",
            description = "dot (default, Graphviz: a cluster per module, as the workbench's Graph tab draws it) or json.")
    private GraphFormat format;

    enum GraphFormat { dot, json }

    @Override
    public Integer call() {
        DependencyGraph graph = new ConfigAnalyzer(dir, AnalysisOptions.DEFAULT).analyse().graph();
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == GraphFormat.json ? ReportFormats.graphJson(graph)
                : GraphDot.render(InfraGraphs.fromConfiguration(graph, Optional.empty())));
        out.flush();
        return ExitCode.OK;
    }
}
