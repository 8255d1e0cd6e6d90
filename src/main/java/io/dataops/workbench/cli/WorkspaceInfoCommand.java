package io.dataops.workbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dataops.workbench.workspace.Workspace;
import io.dataops.workbench.workspace.WorkspaceInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dataops workspace info [--json]}: opens (creating if needed) the workspace and summarises it. */
@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show the workspace: directory, schema version, size, projects and samples."
                + " Creates the workspace (with its samples) if it does not exist yet.")
final class WorkspaceInfoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        WorkspaceInfo info;
        try (Workspace workspace = DataOpsCommand.of(spec).openWorkspace()) {
            info = workspace.info();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? toJson(info) + System.lineSeparator() : toText(info));
        out.flush();
        return ExitCode.OK;
    }

    static String toText(WorkspaceInfo info) {
        String schema = info.schemaVersion().equals(info.latestKnownVersion())
                ? info.schemaVersion() + " (up to date)"
                : info.schemaVersion() + " (this build knows up to " + info.latestKnownVersion() + ")";
        return String.join(System.lineSeparator(),
                "Workspace:       " + info.directory(),
                "Schema version:  " + schema,
                "Size:            " + ByteSize.readable(info.sizeBytes()),
                "Projects:        " + info.projects(),
                "Samples:         " + info.samples(),
                "");
    }

    static String toJson(WorkspaceInfo info) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("directory", info.directory().toString());
        fields.put("schemaVersion", info.schemaVersion());
        fields.put("latestKnownVersion", info.latestKnownVersion());
        fields.put("sizeBytes", info.sizeBytes());
        fields.put("projects", info.projects());
        fields.put("samples", info.samples());
        try {
            return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
