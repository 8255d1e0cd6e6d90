package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.Body;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resources and data sources checked against their provider's schema: unknown types, unknown or missing
 * arguments and blocks, too few or too many blocks, deprecated ones (warnings). A resource whose
 * provider the schema does not describe is not checked.
 */
final class SchemaChecks {

    private static final Set<String> RESOURCE_META = Set.of("count", "for_each", "provider", "depends_on");
    private static final Set<String> RESOURCE_META_BLOCKS = Set.of("lifecycle", "provisioner", "connection");

    private final List<Diagnostic> out;

    private SchemaChecks(List<Diagnostic> out) {
        this.out = out;
    }

    static void check(ModuleIndex module, ProviderSchema schema, List<Diagnostic> out) {
        SchemaChecks checks = new SchemaChecks(out);
        Map<String, String> required = module.requiredProviders();
        for (Declaration declaration : module.declarations()) {
            if (declaration instanceof Declaration.Resource resource) {
                String local = resource.provider().map(p -> p.split("\\.")[0])
                        .orElse(resource.type().split("_")[0]);
                schema.provider(required.getOrDefault(local, "hashicorp/" + local))
                        .ifPresent(provider -> checks.resource(resource, provider));
            }
        }
    }

    private void resource(Declaration.Resource resource, ProviderSchema.Provider provider) {
        Map<String, ProviderSchema.Block> types = resource.managed() ? provider.resources() : provider.dataSources();
        ProviderSchema.Block block = types.get(resource.type());
        String shortSource = provider.source().replaceFirst("^registry\\.terraform\\.io/", "");
        if (block == null) {
            out.add(Diagnostic.error(resource.managed() ? "Invalid resource type" : "Invalid data source",
                    "The provider " + shortSource + " does not support " + (resource.managed() ? "resource type"
                            : "data source") + " \"" + resource.type() + "\".", resource.block().labels().get(0).range()));
            return;
        }
        if (block.deprecated()) {
            out.add(new Diagnostic(Diagnostic.Severity.WARNING, "Deprecated " + (resource.managed() ? "resource"
                    : "data source"), "The " + (resource.managed() ? "resource type" : "data source") + " \""
                    + resource.type() + "\" is deprecated. Refer to the provider documentation for details.",
                    resource.range()));
        }
        body(resource.block().body(), block, resource.block(), true);
    }

    private void body(Body body, ProviderSchema.Block schema, Block owner, boolean topLevel) {
        for (Attribute attribute : body.attributes()) {
            if (topLevel && RESOURCE_META.contains(attribute.name())) {
                continue;
            }
            ProviderSchema.Attribute declared = schema.attributes().get(attribute.name());
            if (declared == null) {
                // Legacy providers let some blocks be written as attributes ("attributes as blocks").
                if (!schema.blocks().containsKey(attribute.name())) {
                    out.add(Diagnostic.error("Unsupported argument", "An argument named \"" + attribute.name()
                            + "\" is not expected here.", attribute.nameRange()));
                }
            } else if (!declared.required() && !declared.optional()) {
                out.add(Diagnostic.error("Value for unconfigurable attribute", "Can't configure a value for \""
                        + attribute.name() + "\": its value will be decided automatically based on the result of "
                        + "applying this configuration.", attribute.nameRange()));
            } else if (declared.deprecated()) {
                out.add(new Diagnostic(Diagnostic.Severity.WARNING, "Argument is deprecated", "The argument \""
                        + attribute.name() + "\" is deprecated. Refer to the provider documentation for details.",
                        attribute.nameRange()));
            }
        }
        schema.attributes().forEach((name, attribute) -> {
            if (attribute.required() && body.attribute(name).isEmpty()) {
                out.add(Diagnostic.error("Missing required argument", "The argument \"" + name
                        + "\" is required, but no definition was found.", owner.openBraceRange()));
            }
        });
        blocks(body, schema, owner, topLevel);
    }

    private void blocks(Body body, ProviderSchema.Block schema, Block owner, boolean topLevel) {
        boolean anyDynamic = false;
        for (Block block : body.blocks()) {
            if (topLevel && RESOURCE_META_BLOCKS.contains(block.type())) {
                continue;
            }
            String type = block.type();
            Optional<Block> content = Optional.empty();
            if (type.equals("dynamic") && !block.labels().isEmpty()) {
                anyDynamic = true;
                type = block.labels().get(0).value();
                content = block.body().blocks("content").stream().findFirst();
            }
            ProviderSchema.NestedBlock nested = schema.blocks().get(type);
            if (nested == null) {
                out.add(Diagnostic.error("Unsupported block type", "Blocks of type \"" + type
                        + "\" are not expected here.", block.typeRange()));
                continue;
            }
            if (nested.block().deprecated()) {
                out.add(new Diagnostic(Diagnostic.Severity.WARNING, "Deprecated block", "Blocks of type \"" + type
                        + "\" are deprecated. Refer to the provider documentation for details.", block.typeRange()));
            }
            Block checked = content.orElse(block);
            if (!block.type().equals("dynamic") || content.isPresent()) {
                body(checked.body(), nested.block(), checked, false);
            }
        }
        if (!anyDynamic) {
            counts(body, schema, owner);
        }
    }

    private void counts(Body body, ProviderSchema.Block schema, Block owner) {
        schema.blocks().forEach((type, nested) -> {
            List<Block> given = body.blocks(type);
            if (given.size() < nested.minItems()) {
                out.add(Diagnostic.error("Insufficient " + type + " blocks", "At least " + nested.minItems() + " \""
                        + type + "\" blocks are required.", owner.openBraceRange()));
            }
            if (nested.maxItems() > 0 && given.size() > nested.maxItems() && !nested.nesting().equals("map")) {
                out.add(Diagnostic.error("Too many " + type + " blocks", "No more than " + nested.maxItems() + " \""
                        + type + "\" blocks are allowed.", given.get(nested.maxItems()).typeRange()));
            }
        });
    }
}
