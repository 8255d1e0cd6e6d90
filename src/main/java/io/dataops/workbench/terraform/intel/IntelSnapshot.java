package io.dataops.workbench.terraform.intel;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.terraform.config.Configuration;
import io.dataops.workbench.terraform.config.Declaration;
import io.dataops.workbench.terraform.config.FileFacts;
import io.dataops.workbench.terraform.config.LinkedModule;
import io.dataops.workbench.terraform.config.ModuleInstance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One analysis of a project, with the file texts it was made from, so ranges can be turned into offsets
 * of exactly those texts. Immutable apart from caches; safe to read from any thread.
 */
public final class IntelSnapshot {

    private final Path root;
    private final Configuration configuration;
    private final long generation;
    private final Map<Path, FileFacts> files = new HashMap<>();
    private final Map<Path, String> moduleNames = new LinkedHashMap<>();
    private final Map<Path, TextLines> lines = new ConcurrentHashMap<>();

    IntelSnapshot(Path root, Configuration configuration, long generation) {
        this.root = root;
        this.configuration = configuration;
        this.generation = generation;
        for (LinkedModule module : configuration.modules().values()) {
            module.index().files().forEach(f -> files.put(f.file().toAbsolutePath().normalize(), f));
        }
        for (ModuleInstance instance : configuration.rootModule().all()) {
            moduleNames.putIfAbsent(instance.dir(), instance.isRoot() ? "the root module" : instance.path());
        }
    }

    public Path root() {
        return root;
    }

    public Configuration configuration() {
        return configuration;
    }

    /** Grows by one with each analysis of the same project. */
    public long generation() {
        return generation;
    }

    public Optional<LinkedModule> module(Path dir) {
        return configuration.module(dir);
    }

    public String moduleName(Path dir) {
        return moduleNames.getOrDefault(dir.toAbsolutePath().normalize(), root.relativize(dir).toString());
    }

    /** The first instance of a module directory, to evaluate values in. */
    public Optional<ModuleInstance> instance(Path dir) {
        return configuration.rootModule().all().stream().filter(i -> i.dir().equals(dir)).findFirst();
    }

    public Optional<FileFacts> file(Path path) {
        return Optional.ofNullable(files.get(path.toAbsolutePath().normalize()));
    }

    public List<Path> files() {
        return files.keySet().stream().sorted().toList();
    }

    /** The analysed text of a file, with its line starts. */
    public Optional<TextLines> lines(Path path) {
        Path key = path.toAbsolutePath().normalize();
        FileFacts facts = files.get(key);
        if (facts == null) {
            return Optional.empty();
        }
        return Optional.of(lines.computeIfAbsent(key, k -> new TextLines(facts.parsed().source())));
    }

    /** The file a range's filename (relative to the root, as diagnostics carry it) names. */
    public Path fileOf(SourceRange range) {
        return root.resolve(range.filename()).toAbsolutePath().normalize();
    }

    public Optional<Location> locate(SourceRange range) {
        Path file = fileOf(range);
        return lines(file).map(l -> {
            TextLines.Span span = l.span(range);
            return new Location(file, span.start(), span.end(), range.start().line());
        });
    }

    public Optional<Location> locate(Path file, int start, int end) {
        return lines(file).map(l -> new Location(file, start, end, l.line(start)));
    }

    /** Every diagnostic of the project, placed. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (Diagnostic d : configuration.diagnostics()) {
            if (d.subject() != null) {
                locate(d.subject()).ifPresent(l -> problems.add(new Problem(l, d.severity(), d.summary(), d.detail())));
            }
        }
        return problems;
    }

    /** The diagnostics whose range is in this file. */
    public List<Diagnostic> diagnostics(Path file) {
        Path key = file.toAbsolutePath().normalize();
        return configuration.diagnostics().stream()
                .filter(d -> d.subject() != null && fileOf(d.subject()).equals(key)).toList();
    }

    /** The declarations of a file, in file order. */
    public List<Declaration> declarations(Path file) {
        return file(file).map(FileFacts::declarations).orElse(List.of());
    }
}
