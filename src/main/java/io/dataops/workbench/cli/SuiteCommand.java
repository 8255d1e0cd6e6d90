package io.dataops.workbench.cli;

import io.dataops.workbench.quality.suite.ExpectationChange;
import io.dataops.workbench.quality.suite.KwargChange;
import io.dataops.workbench.quality.suite.SavedVersion;
import io.dataops.workbench.quality.suite.SuiteDiff;
import io.dataops.workbench.quality.suite.SuiteFiles;
import io.dataops.workbench.quality.suite.SuiteVersion;
import io.dataops.workbench.quality.suite.SuiteVersions;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import io.dataops.workbench.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dataops suite save|versions|diff|rollback|export}: the versions of workspace suites. */
@Command(name = "suite", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Save, list, diff, roll back and export the versions of workspace expectation suites.",
        synopsisSubcommandLabel = "COMMAND")
final class SuiteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing a suite command: save, versions, diff, rollback or export.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    @Command(name = "save", description = "Save a suite file (GX 1.x or 0.x JSON) as the next version of its suite.")
    int save(@Parameters(paramLabel = "FILE") Path file,
             @Option(names = "--note", defaultValue = "", description = "Why this version.") String note) {
        SavedVersion saved = withVersions(v -> v.save(SuiteFiles.importFile(file), note));
        out().println(saved.created()
                ? "Saved " + saved.version().suiteName() + " version " + saved.version().version() + "."
                : "Unchanged: " + saved.version().suiteName() + " is already version " + saved.version().version() + ".");
        return ExitCode.OK;
    }

    @Command(name = "versions", description = "List a suite's versions, newest first.")
    int versions(@Parameters(paramLabel = "SUITE") String suite) {
        List<SuiteVersion> all = withVersions(v -> v.list(suite));
        if (all.isEmpty()) {
            spec.commandLine().getErr().println("The suite " + suite + " has no saved versions.");
            return ExitCode.USAGE;
        }
        for (SuiteVersion version : all) {
            out().printf("%4d  %s  %d expectations  %s%n", version.version(), version.savedAt(),
                    version.suite().expectations().size(), version.note());
        }
        return ExitCode.OK;
    }

    @Command(name = "diff", description = "Compare two versions of a suite: expectations added, removed, changed,"
            + " then the unified diff of their JSON. Exit code 1 when they differ, as diff does.")
    int diff(@Parameters(index = "0", paramLabel = "SUITE") String suite,
             @Parameters(index = "1", paramLabel = "FROM") int from,
             @Parameters(index = "2", paramLabel = "TO") int to) {
        SuiteDiff diff = withVersions(v -> v.diff(suite, from, to));
        PrintWriter out = out();
        if (diff.isEmpty()) {
            out.println("Versions " + from + " and " + to + " are the same.");
            return ExitCode.OK;
        }
        for (ExpectationChange change : diff.changes()) {
            out.println(symbol(change.kind()) + " " + change.type() + change.column().map(c -> " (" + c + ")").orElse(""));
            for (KwargChange k : change.kwargChanges()) {
                out.println("    " + k.key() + ": " + k.before().map(String::valueOf).orElse("(absent)") + " -> "
                        + k.after().map(String::valueOf).orElse("(absent)"));
            }
        }
        out.println();
        out.println(diff.unifiedDiff());
        return ExitCode.PROBLEMS;
    }

    @Command(name = "rollback", description = "Save an old version's content as the newest version.")
    int rollback(@Parameters(index = "0", paramLabel = "SUITE") String suite,
                 @Parameters(index = "1", paramLabel = "VERSION") int version,
                 @Option(names = "--note", defaultValue = "", description = "Why (default: Rolled back to version N).")
                 String note) {
        SavedVersion saved = withVersions(v -> v.rollback(suite, version, note));
        out().println(saved.created() ? "Rolled " + suite + " back to version " + version + " as version "
                + saved.version().version() + "." : suite + " already equals version " + version + ".");
        return ExitCode.OK;
    }

    @Command(name = "export", description = "Write a version (default: the latest) as a Great Expectations suite file.")
    int export(@Parameters(index = "0", paramLabel = "SUITE") String suite,
               @Option(names = "--out", required = true, paramLabel = "FILE") Path file,
               @Option(names = "--version", paramLabel = "N", description = "The version (default: latest).") Integer version,
               @Option(names = "--gx", defaultValue = "1", paramLabel = "0|1",
                       description = "Great Expectations JSON format: 1 (1.x, default) or 0 (0.x).") int gx) {
        SuiteVersion chosen = withVersions(v -> version == null
                ? v.latest(suite).orElseThrow(() -> new io.dataops.workbench.common.UserFacingException(
                        "The suite " + suite + " has no saved versions."))
                : v.require(suite, version));
        SuiteFiles.export(chosen.suite(), file, gx == 0 ? SuiteJson.Version.V0 : SuiteJson.Version.V1);
        out().println("Wrote " + suite + " version " + chosen.version() + " to " + file + ".");
        return ExitCode.OK;
    }

    private static String symbol(ExpectationChange.Kind kind) {
        return switch (kind) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
        };
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private <T> T withVersions(Function<SuiteVersions, T> action) {
        try (Workspace workspace = DataOpsCommand.of(spec).openWorkspace()) {
            return action.apply(new SuiteVersions(workspace::connect));
        }
    }
}
