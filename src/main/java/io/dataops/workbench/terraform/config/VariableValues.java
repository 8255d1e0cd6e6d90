package io.dataops.workbench.terraform.config;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourcePos;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.eval.EvalContext;
import io.dataops.workbench.hcl.eval.Evaluation;
import io.dataops.workbench.hcl.eval.ExpressionEvaluator;
import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.hcl.parser.HclParser;
import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.ConfigFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The values given to the root module's variables, read as Terraform reads them: {@code terraform.tfvars}
 * (and {@code .json}), then {@code *.auto.tfvars} (and {@code .json}) in name order, then the
 * {@code -var-file}s in the order named; a later file wins. Problems here are warnings: only
 * {@code terraform plan} reads these files, {@code terraform validate} does not.
 */
public final class VariableValues {

    /** A value and where it was set. */
    public record Assigned(HclValue value, SourceRange range) {
    }

    private final Map<String, Assigned> values;
    private final List<Diagnostic> diagnostics;

    private VariableValues(Map<String, Assigned> values, List<Diagnostic> diagnostics) {
        this.values = Map.copyOf(values);
        this.diagnostics = List.copyOf(diagnostics);
    }

    static VariableValues load(Path root, ModuleIndex rootModule, List<Path> varFiles) {
        Map<String, Assigned> values = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path file : files(root, varFiles)) {
            String name = file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserFacingException("Cannot read the variables file " + file + ": " + e.getMessage(), e);
            }
            if (name.endsWith(".json")) {
                JsonValues.read(text, name, values, diagnostics);
            } else {
                hcl(text, name, values, diagnostics);
            }
        }
        for (Map.Entry<String, Assigned> entry : values.entrySet()) {
            if (rootModule.variable(entry.getKey()).isEmpty()) {
                diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, "Value for undeclared variable",
                        "The root module does not declare a variable named \"" + entry.getKey() + "\" but a value "
                                + "was found in " + entry.getValue().range().filename() + ". To use this value, add a "
                                + "\"variable\" block to the configuration.", entry.getValue().range()));
            }
        }
        return new VariableValues(values, diagnostics);
    }

    private static List<Path> files(Path root, List<Path> varFiles) {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("terraform.tfvars", "terraform.tfvars.json")) {
            if (Files.isRegularFile(root.resolve(name))) {
                files.add(root.resolve(name));
            }
        }
        try (Stream<Path> entries = Files.list(root)) {
            entries.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json");
            }).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UserFacingException("Cannot read the directory " + root + ": " + e.getMessage(), e);
        }
        for (Path file : varFiles) {
            if (!Files.isRegularFile(file)) {
                throw new UserFacingException("The variables file " + file + " does not exist.");
            }
            files.add(file.toAbsolutePath().normalize());
        }
        return files;
    }

    private static void hcl(String text, String name, Map<String, Assigned> values, List<Diagnostic> diagnostics) {
        ConfigFile file = HclParser.parse(text, name);
        file.diagnostics().forEach(d -> diagnostics.add(warning(d)));
        for (Attribute attribute : file.body().attributes()) {
            Evaluation evaluation = ExpressionEvaluator.evaluate(attribute.expression(), EvalContext.NONE);
            evaluation.diagnostics().forEach(d -> diagnostics.add(warning(d)));
            if (!evaluation.hasErrors()) {
                values.put(attribute.name(), new Assigned(evaluation.value(), attribute.expression().range()));
            }
        }
        file.body().blocks().forEach(b -> diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING,
                "Unexpected \"" + b.type() + "\" block", "Blocks are not allowed here.", b.typeRange())));
    }

    static Diagnostic warning(Diagnostic d) {
        return new Diagnostic(Diagnostic.Severity.WARNING, d.summary(), d.detail(), d.subject());
    }

    static SourceRange start(String name) {
        SourcePos start = new SourcePos(1, 1, 0);
        return new SourceRange(name, start, start);
    }

    public Optional<Assigned> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public Map<String, Assigned> all() {
        return values;
    }

    /** Syntax errors in the files and values for undeclared variables, all warnings. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
