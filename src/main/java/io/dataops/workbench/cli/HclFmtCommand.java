package io.dataops.workbench.cli;

import io.dataops.workbench.common.UserFacingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code dataops hcl fmt [--check] [--diff] [--recursive] [PATH ...]}: formats Terraform files in place
 * exactly as {@code terraform fmt} does. Never opens (or creates) a workspace.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Rewrite .tf, .tfvars and .tftest.hcl files in the canonical format, byte for byte as"
                + " 'terraform fmt' does, and print the names of the files it changed.",
                "Files with syntax errors are left as they are; the errors go to stderr (file:line:column)."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done (with --check: every file is formatted)",
                "  1  --check only: some files would change",
                "  2  syntax errors, or a path that cannot be read or written"})
final class HclFmtCommand implements Callable<Integer> {
    /** Where {@code -} reads from; tests replace it. */
    static InputStream stdin = System.in;

    @Spec
    private CommandSpec spec;

    @Option(names = "--check", description = "Write nothing; list the files that would change and exit 1 if any.")
    private boolean check;

    @Option(names = "--diff", description = "Print a unified diff of the changes.")
    private boolean diff;

    @Option(names = "--recursive", description = "Also format files in subdirectories.")
    private boolean recursive;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories (default: the current directory); '-' formats standard input to"
                    + " standard output.")
    private List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        FmtRun run = new FmtRun(spec.commandLine().getOut(), spec.commandLine().getErr(), check, diff);
        if (paths.contains("-")) {
            if (paths.size() > 1) {
                throw new UserFacingException("'-' (standard input) cannot be combined with other paths.");
            }
            run.standardInput(stdin);
        } else {
            for (Path file : targets()) {
                run.file(file);
            }
        }
        spec.commandLine().getOut().flush();
        if (run.failed()) {
            return ExitCode.USAGE;
        }
        return check && run.changedAny() ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    /** The files to format: named files as given, directories listed (recursively with --recursive). */
    private List<Path> targets() {
        List<Path> files = new ArrayList<>();
        List<String> given = paths.isEmpty() ? List.of(".") : paths;
        for (String name : given) {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                collect(path, files);
            } else if (!Files.exists(path)) {
                throw new UserFacingException("No file or directory at " + name + ".");
            } else if (!FmtRun.isSupported(path.getFileName().toString())) {
                throw new UserFacingException("Only .tf, .tfvars and .tftest.hcl files can be formatted: " + name + ".");
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private void collect(Path dir, List<Path> files) {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            throw new UserFacingException("Cannot read the directory " + dir + ": " + e.getMessage(), e);
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (isIgnored(name)) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                // Like terraform: one module (directory) at a time unless asked to recurse.
                if (recursive) {
                    collect(entry, files);
                }
            } else if (FmtRun.isSupported(name)) {
                files.add(entry);
            }
        }
    }

    /** Terraform's ignored files: hidden files and editor backups ("x~", "#x#"). */
    private static boolean isIgnored(String name) {
        return name.startsWith(".") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"));
    }
}
