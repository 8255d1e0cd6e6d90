package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes configurations for tests and analyses them. */
final class TestConfigs {

    private TestConfigs() {
    }

    /** Writes {@code files} (relative path to text) under {@code dir}. */
    static Path write(Path dir, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Configuration analyse(Path dir) {
        return new ConfigAnalyzer(dir, AnalysisOptions.DEFAULT).analyse();
    }

    static Configuration analyse(Path dir, Map<String, String> files) {
        return analyse(write(dir, files));
    }

    static List<Diagnostic> errors(Configuration configuration) {
        return configuration.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    }

    static List<Diagnostic> warnings(Configuration configuration) {
        return configuration.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).toList();
    }

    /** {@code summary@file:line:column} of each diagnostic, for compact assertions. */
    static List<String> described(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.summary() + "@" + d.subject().filename() + ":"
                + d.subject().start().line() + ":" + d.subject().start().column()).toList();
    }

    static Path sample(String name) {
        return Path.of("src/main/resources/samples", name).toAbsolutePath();
    }
}
