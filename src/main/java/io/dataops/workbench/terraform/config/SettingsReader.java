package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.ObjectExpr;
import io.dataops.workbench.hcl.tree.ObjectItem;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads a {@code terraform} block: required providers (local name to source address), backend, version. */
final class SettingsReader {

    private SettingsReader() {
    }

    static Declaration.Settings read(Path path, Block block) {
        Map<String, String> providers = new LinkedHashMap<>();
        for (Block required : block.body().blocks("required_providers")) {
            for (Attribute attribute : required.body().attributes()) {
                providers.put(attribute.name(), source(attribute).orElse("hashicorp/" + attribute.name()));
            }
        }
        Optional<String> backend = block.body().blocks("backend").stream().findFirst()
                .filter(b -> !b.labels().isEmpty()).map(b -> b.labels().get(0).value());
        if (backend.isEmpty() && !block.body().blocks("cloud").isEmpty()) {
            backend = Optional.of("cloud");
        }
        return new Declaration.Settings(path, DeclarationReader.headerRange(block), block, providers, backend,
                Literals.string(block.body(), "required_version"));
    }

    /** {@code aws = { source = "hashicorp/aws" }}; the legacy {@code aws = "~> 5.0"} has no source. */
    private static Optional<String> source(Attribute attribute) {
        if (attribute.expression() instanceof ObjectExpr object) {
            for (ObjectItem item : object.items()) {
                if (item.literalKey().filter("source"::equals).isPresent()) {
                    return Literals.string(item.value());
                }
            }
        }
        return Optional.empty();
    }
}
