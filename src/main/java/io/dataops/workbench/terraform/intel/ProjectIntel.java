package io.dataops.workbench.terraform.intel;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.terraform.config.AnalysisOptions;
import io.dataops.workbench.terraform.config.ConfigAnalyzer;
import io.dataops.workbench.terraform.config.Configuration;
import io.dataops.workbench.terraform.editing.SyntaxCheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The language services' view of one project: an incremental {@link ConfigAnalyzer} behind a lock (edits come
 * from background tasks, one at a time), and the last analysis as an immutable {@link IntelSnapshot} that
 * the FX thread reads without waiting. Only the newest snapshot is kept, so memory is that of one analysis.
 */
public final class ProjectIntel {

    private final Path root;
    private final ConfigAnalyzer analyzer;
    private volatile IntelSnapshot latest;
    private long generation;

    public ProjectIntel(Path root, AnalysisOptions options) {
        this.root = root.toAbsolutePath().normalize();
        this.analyzer = new ConfigAnalyzer(this.root, options);
    }

    public Path root() {
        return root;
    }

    /** Analyses the whole project (the first time; later calls reuse what did not change). */
    public synchronized IntelSnapshot analyse() {
        return publish(analyzer.analyse());
    }

    /** The file now reads {@code text}; re-analyses what depends on it. */
    public synchronized IntelSnapshot edit(Path file, String text) {
        Path path = file.toAbsolutePath().normalize();
        if (!isConfigFile(path) || !path.startsWith(root)) {
            return latest == null ? analyse() : latest;
        }
        return publish(analyzer.update(path, text));
    }

    /** The last analysis, if one finished. */
    public Optional<IntelSnapshot> latest() {
        return Optional.ofNullable(latest);
    }

    /**
     * What the editor underlines in {@code file} after an edit: the project's diagnostics for that file,
     * or the parser's alone for files outside the configuration ({@code .tfvars}, other directories).
     */
    public List<Diagnostic> diagnosticsAfterEdit(Path file, String text) {
        Path path = file.toAbsolutePath().normalize();
        if (!isConfigFile(path) || !path.startsWith(root)) {
            return SyntaxCheck.PARSER.check(text, String.valueOf(path.getFileName()));
        }
        IntelSnapshot snapshot = edit(path, text);
        if (snapshot.module(path.getParent()).isEmpty()) {
            return SyntaxCheck.PARSER.check(text, String.valueOf(path.getFileName()));
        }
        return snapshot.diagnostics(path);
    }

    /** A SyntaxCheck for the editor of one file. */
    public SyntaxCheck checkFor(Path file) {
        return (text, name) -> diagnosticsAfterEdit(file, text);
    }

    static boolean isConfigFile(Path path) {
        String name = String.valueOf(path.getFileName());
        return name.endsWith(".tf") || name.endsWith(".tf.json");
    }

    private IntelSnapshot publish(Configuration configuration) {
        IntelSnapshot snapshot = new IntelSnapshot(root, configuration, ++generation);
        latest = snapshot;
        return snapshot;
    }
}
