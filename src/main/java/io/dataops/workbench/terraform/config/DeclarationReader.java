package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.TypeExpressions;
import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.Body;
import io.dataops.workbench.hcl.tree.BodyItem;
import io.dataops.workbench.hcl.tree.ConfigFile;
import io.dataops.workbench.hcl.tree.Expression;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the declarations of one parsed file and the references in them: a file's {@link FileFacts}. */
final class DeclarationReader {

    private static final Set<String> MODULE_META = Set.of("source", "version", "count", "for_each", "providers",
            "depends_on");

    private final Path path;
    private final ConfigFile file;
    private final List<Declaration> declarations = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final BodyReferences bodies;

    private DeclarationReader(Path path, ConfigFile file) {
        this.path = path;
        this.file = file;
        this.bodies = new BodyReferences(file.filename(), references, diagnostics);
    }

    static FileFacts read(Path path, ConfigFile file) {
        DeclarationReader reader = new DeclarationReader(path, file);
        reader.diagnostics.addAll(file.diagnostics());
        for (BodyItem item : file.body().items()) {
            if (item instanceof Block block) {
                reader.block(block);
            }
        }
        return new FileFacts(path, file, reader.declarations, reader.references, reader.diagnostics);
    }

    /** Terraform's "definition range" of a block: its type and labels. */
    static SourceRange headerRange(Block block) {
        SourceRange end = block.labels().isEmpty() ? block.typeRange()
                : block.labels().get(block.labels().size() - 1).range();
        return TraversalReader.join(block.typeRange(), end);
    }

    private void block(Block block) {
        List<String> labels = block.labelValues();
        switch (block.type()) {
            case "resource", "data" -> {
                if (labels.size() == 2) {
                    resource(block, block.type().equals("resource"), labels.get(0), labels.get(1));
                }
            }
            case "variable" -> {
                if (labels.size() == 1) {
                    variable(block, labels.get(0));
                }
            }
            case "output" -> {
                if (labels.size() == 1) {
                    output(block, labels.get(0));
                }
            }
            case "locals" -> locals(block);
            case "module" -> {
                if (labels.size() == 1) {
                    module(block, labels.get(0));
                }
            }
            case "provider" -> {
                if (labels.size() == 1) {
                    provider(block, labels.get(0));
                }
            }
            case "terraform" -> declarations.add(SettingsReader.read(path, block));
            case "moved", "removed", "import", "check" -> meta(block, labels);
            default -> {
                // ephemeral resources and blocks of newer Terraform versions: nothing we model.
            }
        }
    }

    private void resource(Block block, boolean managed, String type, String name) {
        Body body = block.body();
        Optional<Expression> count = Literals.expression(body, "count");
        Optional<Expression> forEach = Literals.expression(body, "for_each");
        Optional<String> provider = Literals.expression(body, "provider")
                .flatMap(e -> Literals.nameOrString(e, file.source()));
        Declaration.Resource resource = new Declaration.Resource(managed, type, name, path, headerRange(block), block,
                count, forEach, Literals.list(body, "depends_on"), provider);
        declarations.add(resource);
        bodies.declarationBody(body, ReferenceScope.of(resource.address(), count.isPresent(), forEach.isPresent()));
    }

    private void variable(Block block, String name) {
        Body body = block.body();
        Optional<HclType> type = Literals.expression(body, "type").flatMap(e -> {
            // A constraint we cannot read (optional(), a legacy quoted type) is left unchecked, never an error.
            List<Diagnostic> ignored = new ArrayList<>();
            return TypeExpressions.typeConstraint(e, ignored);
        });
        List<Block> validations = body.blocks("validation");
        declarations.add(new Declaration.Variable(name, path, headerRange(block), block, type,
                Literals.expression(body, "default"), Literals.string(body, "description"),
                Literals.bool(body, "sensitive", false), Literals.bool(body, "nullable", true), validations));
        for (Block validation : validations) {
            bodies.body(validation.body(), ReferenceScope.of("var." + name, false, false));
        }
    }

    private void output(Block block, String name) {
        Body body = block.body();
        declarations.add(new Declaration.Output(name, path, headerRange(block), block,
                Literals.expression(body, "value"), Literals.bool(body, "sensitive", false),
                Literals.list(body, "depends_on")));
        ReferenceScope scope = ReferenceScope.of("output." + name, false, false);
        for (Attribute attribute : body.attributes()) {
            if (!attribute.name().equals("description") && !attribute.name().equals("sensitive")) {
                bodies.expression(attribute.expression(), scope);
            }
        }
        body.blocks().forEach(b -> bodies.body(b.body(), scope));
    }

    private void locals(Block block) {
        for (Attribute attribute : block.body().attributes()) {
            declarations.add(new Declaration.Local(attribute.name(), path,
                    TraversalReader.join(attribute.nameRange(), attribute.expression().range()), attribute));
            bodies.expression(attribute.expression(), ReferenceScope.of("local." + attribute.name(), false, false));
        }
    }

    private void module(Block block, String name) {
        Body body = block.body();
        Map<String, Attribute> arguments = new LinkedHashMap<>();
        body.attributes().stream().filter(a -> !MODULE_META.contains(a.name()))
                .forEach(a -> arguments.putIfAbsent(a.name(), a));
        Optional<Expression> count = Literals.expression(body, "count");
        Optional<Expression> forEach = Literals.expression(body, "for_each");
        declarations.add(new Declaration.ModuleCall(name, path, headerRange(block), block,
                Literals.string(body, "source"), Literals.string(body, "version"), arguments, count, forEach,
                Literals.list(body, "depends_on")));
        bodies.declarationBody(body, ReferenceScope.of("module." + name, count.isPresent(), forEach.isPresent()));
    }

    private void provider(Block block, String name) {
        Body body = block.body();
        Declaration.Provider provider = new Declaration.Provider(name, Literals.string(body, "alias"), path,
                headerRange(block), block);
        declarations.add(provider);
        bodies.body(body, ReferenceScope.of(provider.address(), false, false));
    }

    private void meta(Block block, List<String> labels) {
        DeclarationKind kind = DeclarationKind.valueOf(block.type().toUpperCase(java.util.Locale.ROOT));
        Body body = block.body();
        Optional<String> from = Literals.expression(body, "from").flatMap(e -> Literals.nameOrString(e, file.source()));
        Optional<String> to = Literals.expression(body, "to").flatMap(e -> Literals.nameOrString(e, file.source()));
        String name = kind == DeclarationKind.CHECK && !labels.isEmpty() ? labels.get(0)
                : to.or(() -> from).orElse("");
        Declaration.Meta meta = new Declaration.Meta(kind, name, path, headerRange(block), block, from, to);
        declarations.add(meta);
        if (kind == DeclarationKind.IMPORT) {
            boolean forEach = body.attribute("for_each").isPresent();
            ReferenceScope scope = ReferenceScope.of(meta.address(), false, forEach);
            Literals.expression(body, "id").ifPresent(e -> bodies.expression(e, scope));
            Literals.expression(body, "for_each").ifPresent(e -> bodies.expression(e, scope));
        } else if (kind == DeclarationKind.CHECK) {
            check(block, meta);
        }
    }

    /** A check's scoped data sources are declared like others; its assertions are references of the check. */
    private void check(Block block, Declaration.Meta check) {
        for (Block nested : block.body().blocks()) {
            List<String> labels = nested.labelValues();
            if (nested.type().equals("data") && labels.size() == 2) {
                resource(nested, false, labels.get(0), labels.get(1));
            } else {
                bodies.body(nested.body(), ReferenceScope.of(check.address(), false, false));
            }
        }
    }
}
