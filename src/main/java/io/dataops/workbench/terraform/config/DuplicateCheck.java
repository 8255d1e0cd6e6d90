package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Declarations declared twice in one module, with Terraform's messages ("Duplicate output definition", ...). */
final class DuplicateCheck {

    private DuplicateCheck() {
    }

    static void check(List<Declaration> declarations, List<Diagnostic> out) {
        Map<String, Declaration> seen = new HashMap<>();
        for (Declaration declaration : declarations) {
            if (!isNamed(declaration)) {
                continue;
            }
            Declaration first = seen.putIfAbsent(declaration.address(), declaration);
            if (first != null) {
                out.add(Diagnostic.error(summary(declaration), detail(declaration, Ranges.describe(first.range())),
                        declaration.range()));
            }
        }
    }

    private static boolean isNamed(Declaration declaration) {
        return !(declaration instanceof Declaration.Meta meta && meta.kind() != DeclarationKind.CHECK)
                && !(declaration instanceof Declaration.Settings);
    }

    private static String summary(Declaration d) {
        if (d instanceof Declaration.Resource r) {
            return "Duplicate " + (r.managed() ? "resource" : "data") + " \"" + r.type() + "\" configuration";
        }
        return switch (d.kind()) {
            case VARIABLE -> "Duplicate variable declaration";
            case LOCAL -> "Duplicate local value definition";
            case OUTPUT -> "Duplicate output definition";
            case MODULE -> "Duplicate module call";
            case PROVIDER -> "Duplicate provider configuration";
            default -> "Duplicate check \"" + ((Declaration.Meta) d).name() + "\" configuration";
        };
    }

    private static String detail(Declaration d, String at) {
        if (d instanceof Declaration.Resource r) {
            return "A " + r.type() + (r.managed() ? "" : " data") + " resource named \"" + r.name()
                    + "\" was already declared at " + at + ". Resource names must be unique per type in each module.";
        }
        if (d instanceof Declaration.Variable v) {
            return "A variable named \"" + v.name() + "\" was already declared at " + at
                    + ". Variable names must be unique within a module.";
        }
        if (d instanceof Declaration.Local l) {
            return "A local value named \"" + l.name() + "\" was already defined at " + at
                    + ". Local value names must be unique within a module.";
        }
        if (d instanceof Declaration.Output o) {
            return "An output named \"" + o.name() + "\" was already defined at " + at
                    + ". Output names must be unique within a module.";
        }
        if (d instanceof Declaration.ModuleCall m) {
            return "A module call named \"" + m.name() + "\" was already defined at " + at
                    + ". Module calls must have unique names within a module.";
        }
        if (d instanceof Declaration.Provider p) {
            return p.alias().map(a -> "A provider configuration for \"" + p.name() + "\" with alias \"" + a
                            + "\" was already given at " + at + ". Each configuration for the same provider must have"
                            + " a distinct alias.")
                    .orElse("A default (non-aliased) provider configuration for \"" + p.name() + "\" was already"
                            + " given at " + at + ". If multiple configurations are required, set the \"alias\""
                            + " argument for alternative configurations.");
        }
        return "A check block named \"" + ((Declaration.Meta) d).name() + "\" was already defined at " + at + ".";
    }
}
