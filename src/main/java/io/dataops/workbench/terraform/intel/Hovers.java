package io.dataops.workbench.terraform.intel;

import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.terraform.config.Declaration;
import io.dataops.workbench.terraform.config.ModuleInstance;
import io.dataops.workbench.terraform.config.ModuleValues;
import io.dataops.workbench.terraform.config.VariableValues;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What hovering over a name shows: what it resolves to and where, its description and type, and its value
 * when it can be known before a plan (tfvars, defaults, locals of known values).
 */
public final class Hovers {

    /** Values longer than this are cut in hovers and hints. */
    static final int MAX_VALUE_CHARS = 200;

    private Hovers() {
    }

    public static Optional<String> at(IntelSnapshot snapshot, Path file, int offset) {
        return Navigation.declarationAt(snapshot, file, offset).map(d -> describe(snapshot, d));
    }

    public static String describe(IntelSnapshot snapshot, Declaration declaration) {
        List<String> lines = new ArrayList<>();
        Path file = declaration.file().toAbsolutePath().normalize();
        String where = snapshot.root().relativize(file) + ":" + declaration.range().start().line();
        lines.add(kindWord(declaration) + " " + declaration.address() + "   (" + where + ", "
                + snapshot.moduleName(file.getParent()) + ")");
        if (declaration instanceof Declaration.Variable v) {
            v.type().ifPresent(t -> lines.add("Type: " + t));
            v.description().ifPresent(lines::add);
            value(snapshot, declaration).ifPresent(value -> lines.add("Value: " + value + source(snapshot, v)));
        } else if (declaration instanceof Declaration.Local) {
            value(snapshot, declaration).ifPresent(value -> lines.add("Value: " + value));
        } else if (declaration instanceof Declaration.Output o) {
            value(snapshot, declaration).ifPresent(value -> lines.add("Value: " + value));
        } else if (declaration instanceof Declaration.ModuleCall m) {
            m.source().ifPresent(s -> lines.add("Source: " + s));
        } else if (declaration instanceof Declaration.Resource r) {
            snapshot.configuration().schema().flatMap(s -> s.resource(r.managed(), r.type()))
                    .map(b -> b.description()).filter(d -> !d.isBlank()).ifPresent(lines::add);
        }
        return String.join("\n", lines);
    }

    /** The value of a variable, local or output when it is wholly known, as HCL text. */
    public static Optional<String> value(IntelSnapshot snapshot, Declaration declaration) {
        if (!(declaration instanceof Declaration.Variable || declaration instanceof Declaration.Local
                || declaration instanceof Declaration.Output)) {
            return Optional.empty();
        }
        if (declaration instanceof Declaration.Variable v && v.sensitive()) {
            return Optional.of("(sensitive)");
        }
        Path dir = declaration.file().toAbsolutePath().normalize().getParent();
        try {
            Optional<ModuleValues> values = snapshot.instance(dir).map(ModuleInstance::path)
                    .flatMap(path -> snapshot.configuration().values(path));
            return values.map(v -> v.value(declaration.address())).filter(HclValue::isWhollyKnown)
                    .map(HclValue::toString).map(Hovers::cut);
        } catch (RuntimeException e) {
            // A value that cannot be computed is simply not shown; the diagnostics say why.
            return Optional.empty();
        }
    }

    private static String source(IntelSnapshot snapshot, Declaration.Variable variable) {
        Path dir = variable.file().toAbsolutePath().normalize().getParent();
        if (dir.equals(snapshot.root())) {
            Optional<VariableValues.Assigned> assigned = snapshot.configuration().variableValues().get(variable.name());
            if (assigned.isPresent()) {
                return assigned.get().range() == null ? "" : "   (from " + assigned.get().range().filename() + ")";
            }
        } else {
            return "   (from the module call)";
        }
        return variable.defaultValue().isPresent() ? "   (default)" : "";
    }

    private static String cut(String text) {
        return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "\u2026";
    }

    static String kindWord(Declaration declaration) {
        return switch (declaration.kind()) {
            case RESOURCE -> "resource";
            case DATA -> "data source";
            case VARIABLE -> "variable";
            case LOCAL -> "local";
            case OUTPUT -> "output";
            case MODULE -> "module";
            case PROVIDER -> "provider";
            default -> declaration.kind().word();
        };
    }
}
