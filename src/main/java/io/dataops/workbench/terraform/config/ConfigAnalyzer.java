package io.dataops.workbench.terraform.config;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.hcl.Diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Analyses the configuration in a directory and keeps what it computed, so that after an edit to one file
 * ({@link #update}) only that file is re-parsed, only its module is re-indexed, and only that module and
 * the modules that call it are re-linked; everything else is reused. Not thread-safe: one analyser per
 * editor or command. Synchronous; checks for interruption between modules.
 *
 * <pre>{@code
 * ConfigAnalyzer analyzer = new ConfigAnalyzer(dir, AnalysisOptions.DEFAULT);
 * Configuration config = analyzer.analyse();
 * config = analyzer.update(dir.resolve("main.tf"), newText);
 * }</pre>
 */
public final class ConfigAnalyzer {

    private final Path root;
    private final AnalysisOptions options;
    private final Map<Path, FileFacts> files = new HashMap<>();
    private final Map<Path, String> edited = new HashMap<>();
    private final Map<Path, ModuleIndex> indexes = new HashMap<>();
    private final Map<Path, LinkedModule> linked = new HashMap<>();
    private final Map<Path, String> linkedAs = new HashMap<>();
    private final Map<Path, Checked> checked = new HashMap<>();
    private int filesParsed;
    private int modulesLinked;

    public ConfigAnalyzer(Path root, AnalysisOptions options) {
        if (!Files.isDirectory(root)) {
            throw new UserFacingException("No configuration directory at " + root + ".");
        }
        this.root = root.toAbsolutePath().normalize();
        this.options = options;
    }

    /** Analyses everything not already analysed (all of it the first time). */
    public Configuration analyse() {
        ModuleTree tree = ModuleTree.build(root, this::index);
        Map<Path, LinkedModule> modules = new HashMap<>();
        for (Map.Entry<Path, String> entry : tree.displayNames().entrySet()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new UncheckedIOException(new java.io.InterruptedIOException("analysis cancelled"));
            }
            Path dir = entry.getKey();
            LinkedModule module = linked.get(dir);
            if (module == null || !entry.getValue().equals(linkedAs.get(dir))) {
                module = ModuleLinker.link(indexes.get(dir), entry.getValue(), tree.children(dir, indexes));
                linked.put(dir, module);
                linkedAs.put(dir, entry.getValue());
                modulesLinked++;
            }
            modules.put(dir, module);
        }
        linked.keySet().retainAll(modules.keySet());
        return new Configuration(root, tree, modules, VariableValues.load(root, indexes.get(root), options.varFiles()),
                options.schema(), checks(modules, tree.displayNames()));
    }

    /**
     * The module-argument and schema checks of every module, recomputed only for modules linked anew: a
     * module's checks read its own index and its children's, and a change to either re-links it.
     */
    private List<Diagnostic> checks(Map<Path, LinkedModule> modules, Map<Path, String> displayNames) {
        List<Diagnostic> all = new ArrayList<>();
        for (Map.Entry<Path, LinkedModule> entry : modules.entrySet()) {
            Checked checks = checked.get(entry.getKey());
            if (checks == null || checks.module() != entry.getValue()) {
                List<Diagnostic> found = new ArrayList<>();
                ValueChecks.moduleArguments(entry.getValue(), modules, displayNames.get(entry.getKey()), found);
                options.schema().ifPresent(s -> SchemaChecks.check(entry.getValue().index(), s, found));
                checks = new Checked(entry.getValue(), List.copyOf(found));
                checked.put(entry.getKey(), checks);
            }
            all.addAll(checks.diagnostics());
        }
        checked.keySet().retainAll(modules.keySet());
        return all;
    }

    /** The checks computed for one linked module. */
    private record Checked(LinkedModule module, List<Diagnostic> diagnostics) {
    }

    /** The file now reads {@code text} (an unsaved edit, or a change on disk); re-analyses what depends on it. */
    public Configuration update(Path file, String text) {
        Path path = file.toAbsolutePath().normalize();
        edited.put(path, text);
        Path dir = path.getParent();
        FileFacts before = files.get(path);
        files.put(path, FileLoader.load(path, displayName(path), text, Optional.ofNullable(before)));
        filesParsed++;
        if (indexes.containsKey(dir)) {
            indexes.remove(dir);
            linked.remove(dir);
            // The modules that call this one check their arguments and references against it.
            linked.values().removeIf(m -> m.index().all(Declaration.ModuleCall.class).stream()
                    .anyMatch(call -> ModuleTree.childDir(m.dir(), call).filter(dir::equals).isPresent()));
        }
        return analyse();
    }

    /** How many files were parsed and modules linked so far: what tests of incremental analysis look at. */
    public int filesParsed() {
        return filesParsed;
    }

    public int modulesLinked() {
        return modulesLinked;
    }

    private ModuleIndex index(Path dir) {
        return indexes.computeIfAbsent(dir, d -> {
            try {
                List<Path> paths = ModuleFiles.list(d);
                return new ModuleIndex(d, paths.stream().map(this::facts).toList());
            } catch (IOException e) {
                throw new UserFacingException("Cannot read the module directory " + d + ": " + e.getMessage(), e);
            }
        });
    }

    private FileFacts facts(Path path) {
        return files.computeIfAbsent(path, p -> {
            filesParsed++;
            return FileLoader.load(p, displayName(p), text(p), Optional.empty());
        });
    }

    private String text(Path path) {
        String inMemory = edited.get(path);
        if (inMemory != null) {
            return inMemory;
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserFacingException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private String displayName(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
