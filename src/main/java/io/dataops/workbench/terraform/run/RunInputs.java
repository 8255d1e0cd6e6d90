package io.dataops.workbench.terraform.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the user gives a plan run: var-files, {@code -var} values, {@code -target}s and the Terraform workspace
 * (empty: leave the current one). {@code -var} values may be secrets, so {@link #describe} masks them.
 */
public record RunInputs(List<Path> varFiles, Map<String, String> vars, List<String> targets, String workspace) {

    public static final String HIDDEN = "(hidden)";

    public RunInputs {
        varFiles = List.copyOf(varFiles);
        vars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vars));
        targets = List.copyOf(targets);
        workspace = workspace == null ? "" : workspace.strip();
    }

    public static RunInputs none() {
        return new RunInputs(List.of(), Map.of(), List.of(), "");
    }

    /** Parses {@code K=V}; the value may contain '='. */
    public static Map.Entry<String, String> parseVar(String assignment) {
        int equals = assignment.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("A variable must be given as NAME=VALUE, not '" + assignment + "'.");
        }
        return Map.entry(assignment.substring(0, equals).strip(), assignment.substring(equals + 1));
    }

    /** The plan arguments for these inputs ({@code -var-file=F}, {@code -var K=V}, {@code -target=A}). */
    List<String> planArguments() {
        List<String> args = new ArrayList<>();
        varFiles.forEach(file -> args.add("-var-file=" + file));
        vars.forEach((name, value) -> {
            args.add("-var");
            args.add(name + "=" + value);
        });
        targets.forEach(target -> args.add("-target=" + target));
        return args;
    }

    /**
     * A one-line description for history and logs: var-files, targets and workspace as given, {@code -var}
     * values only when the variable is not among {@code sensitiveNames} — and never in logs ({@code showValues}).
     */
    public String describe(Collection<String> sensitiveNames, boolean showValues) {
        List<String> parts = new ArrayList<>();
        if (!workspace.isEmpty()) {
            parts.add("workspace " + workspace);
        }
        varFiles.forEach(file -> parts.add("-var-file=" + file));
        parts.addAll(vars.entrySet().stream()
                .map(entry -> "-var " + entry.getKey() + "="
                        + (showValues && !sensitiveNames.contains(entry.getKey()) ? entry.getValue() : HIDDEN))
                .collect(Collectors.toList()));
        targets.forEach(target -> parts.add("-target=" + target));
        return parts.isEmpty() ? "(no inputs)" : String.join(" ", parts);
    }
}
