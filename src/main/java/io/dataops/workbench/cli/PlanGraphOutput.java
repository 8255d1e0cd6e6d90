package io.dataops.workbench.cli;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.terraform.graph.GraphDot;
import io.dataops.workbench.terraform.graph.InfraGraphs;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code plan show --format dot}: the graph of the workbench's Graph tab, as DOT. */
final class PlanGraphOutput {

    private PlanGraphOutput() {
    }

    static int printDot(String source, InputStream stdin, PrintWriter out) {
        byte[] json;
        try {
            json = source.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(source));
        } catch (NoSuchFileException e) {
            throw new UserFacingException("There is no file " + source + ".", e);
        } catch (IOException e) {
            throw new UserFacingException("Could not read " + source + ": " + e.getMessage(), e);
        }
        out.print(GraphDot.render(InfraGraphs.fromPlanJson(json)));
        out.flush();
        return ExitCode.OK;
    }
}
