package io.dataops.workbench.cli;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.plan.Plan;
import io.dataops.workbench.terraform.plan.PlanJsonReader;
import io.dataops.workbench.terraform.plan.PlanModelJson;
import io.dataops.workbench.terraform.plan.PlanText;
import io.dataops.workbench.terraform.plan.SummaryLine;
import io.dataops.workbench.terraform.plan.ToolFlavor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dataops plan show PLAN.json|- [--format summary|json|text|dot]}: reads the JSON of {@code terraform show -json}
 * and prints it masked. Needs no workspace and never creates one.
 */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show a plan written by 'terraform show -json PLANFILE' (a file, or - for stdin), masked.")
final class PlanShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json|-", description = "The plan JSON file, or - to read stdin.")
    private String source;

    @Option(names = "--format", paramLabel = "summary|json|text|dot", defaultValue = "summary",
            description = "summary: the summary line as terraform prints it; text: the changes per resource;"
                    + " json: our normalized model; dot: the plan graph in Graphviz DOT, a cluster per module"
                    + " (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--tofu", description = "Word the summary as OpenTofu does (it counts forgets).")
    private boolean tofu;

    private final InputStream stdin;

    PlanShowCommand() {
        this(System.in);
    }

    PlanShowCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        if (!format.equals("summary") && !format.equals("json") && !format.equals("text") && !format.equals("dot")) {
            throw new UserFacingException("--format must be summary, json, text or dot, not '" + format + "'.");
        }
        if (format.equals("dot")) {
            return PlanGraphOutput.printDot(source, stdin, spec.commandLine().getOut());
        }
        Plan plan = read();
        ToolFlavor flavor = tofu ? ToolFlavor.OPENTOFU : ToolFlavor.TERRAFORM;
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "json" -> out.println(PlanModelJson.normalized(plan, flavor));
            case "text" -> out.print(PlanText.write(plan, flavor));
            default -> out.println(SummaryLine.render(plan, flavor));
        }
        out.flush();
        return ExitCode.OK;
    }

    private Plan read() {
        if (source.equals("-")) {
            return PlanJsonReader.read(stdin);
        }
        Path file = Path.of(source);
        try (InputStream in = Files.newInputStream(file)) {
            return PlanJsonReader.read(in);
        } catch (NoSuchFileException e) {
            throw new UserFacingException("There is no file " + file + ".", e);
        } catch (IOException e) {
            throw new UserFacingException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
