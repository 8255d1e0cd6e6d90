package io.dataops.workbench.terraform.intel;

import io.dataops.workbench.hcl.eval.HclFunction;
import io.dataops.workbench.hcl.eval.function.TerraformFunctions;
import io.dataops.workbench.terraform.config.Declaration;
import io.dataops.workbench.terraform.config.LinkedModule;
import io.dataops.workbench.terraform.config.ModuleIndex;
import io.dataops.workbench.terraform.config.ProviderSchema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Completion at a caret. Reads the caret's context from the text itself ({@link CaretContext}), so a line
 * being typed needs no successful parse; names come from the last analysis of the project and the provider
 * schema, when there is one.
 */
public final class Completer {

    private Completer() {
    }

    public static Completions at(Optional<IntelSnapshot> snapshot, Optional<ProviderSchema> schema, Path file,
                                 String text, int caret) {
        CaretContext context = CaretContext.at(text, Math.max(0, Math.min(caret, text.length())));
        Optional<ModuleIndex> module = snapshot.flatMap(s -> s.module(file.toAbsolutePath().normalize().getParent()))
                .map(LinkedModule::index);
        List<CompletionItem> items = new ArrayList<>();
        if (!context.traversal().isEmpty()) {
            traversal(context.traversal(), module, snapshot, schema, items);
        } else if (context.inQuotes()) {
            labels(context, schema, items);
        } else if (context.itemStart() && context.blocks().isEmpty()) {
            items.addAll(BlockSnippets.TOP_LEVEL);
        } else if (context.itemStart() && !context.innermost().contains("=") && !context.innermost().contains("{")) {
            bodyItems(context, schema, items);
        } else {
            expression(module, items);
        }
        String prefix = context.prefix().toLowerCase(Locale.ROOT);
        List<CompletionItem> matching = items.stream()
                .filter(i -> i.label().toLowerCase(Locale.ROOT).startsWith(prefix)).toList();
        return new Completions(context.prefixStart(), context.prefix(), matching);
    }

    private static void traversal(List<String> parts, Optional<ModuleIndex> module, Optional<IntelSnapshot> snapshot,
                                  Optional<ProviderSchema> schema, List<CompletionItem> items) {
        if (module.isEmpty()) {
            return;
        }
        ModuleIndex index = module.get();
        String first = parts.get(0);
        if (parts.size() == 1 && first.equals("var")) {
            index.all(Declaration.Variable.class).forEach(v -> items.add(new CompletionItem(v.name(), v.name(),
                    CompletionItem.Kind.REFERENCE, "variable" + v.type().map(t -> " : " + t).orElse(""),
                    v.description().orElse(""), false)));
        } else if (parts.size() == 1 && first.equals("local")) {
            index.all(Declaration.Local.class).forEach(l -> items.add(CompletionItem.simple(l.name(),
                    CompletionItem.Kind.REFERENCE, "local value")));
        } else if (parts.size() == 1 && first.equals("module")) {
            index.all(Declaration.ModuleCall.class).forEach(m -> items.add(CompletionItem.simple(m.name(),
                    CompletionItem.Kind.REFERENCE, "module " + m.source().orElse(""))));
        } else if (parts.size() == 2 && first.equals("module")) {
            index.moduleCall(parts.get(1)).flatMap(call -> snapshot.flatMap(s -> Navigation.childModule(s, call)))
                    .ifPresent(child -> child.index().all(Declaration.Output.class).forEach(o -> items.add(
                            CompletionItem.simple(o.name(), CompletionItem.Kind.REFERENCE, "output of module." + parts.get(1)))));
        } else if (parts.size() == 1 && first.equals("data")) {
            resources(index, false).keySet().forEach(t -> items.add(CompletionItem.simple(t, CompletionItem.Kind.TYPE,
                    "data source type")));
        } else if (parts.size() == 2 && first.equals("data")) {
            resources(index, false).getOrDefault(parts.get(1), Set.of()).forEach(n -> items.add(
                    CompletionItem.simple(n, CompletionItem.Kind.REFERENCE, "data." + parts.get(1))));
        } else if (parts.size() == 3 && first.equals("data")) {
            attributes(schema, false, parts.get(1), items);
        } else if (parts.size() == 1 && first.equals("path")) {
            List.of("module", "root", "cwd").forEach(p -> items.add(CompletionItem.simple(p, CompletionItem.Kind.REFERENCE, "path")));
        } else if (parts.size() == 1 && first.equals("count")) {
            items.add(CompletionItem.simple("index", CompletionItem.Kind.REFERENCE, "count.index"));
        } else if (parts.size() == 1 && first.equals("each")) {
            items.add(CompletionItem.simple("key", CompletionItem.Kind.REFERENCE, "each.key"));
            items.add(CompletionItem.simple("value", CompletionItem.Kind.REFERENCE, "each.value"));
        } else if (parts.size() == 1) {
            resources(index, true).getOrDefault(first, Set.of()).forEach(n -> items.add(
                    CompletionItem.simple(n, CompletionItem.Kind.REFERENCE, first)));
        } else if (parts.size() == 2) {
            attributes(schema, true, first, items);
        }
    }

    /** Resource (or data source) types of the module and their names. */
    private static Map<String, Set<String>> resources(ModuleIndex index, boolean managed) {
        return index.all(Declaration.Resource.class).stream().filter(r -> r.managed() == managed)
                .collect(Collectors.groupingBy(Declaration.Resource::type, java.util.TreeMap::new,
                        Collectors.mapping(Declaration.Resource::name, Collectors.toCollection(LinkedHashSet::new))));
    }

    private static void attributes(Optional<ProviderSchema> schema, boolean managed, String type,
                                   List<CompletionItem> items) {
        schema.flatMap(s -> s.resource(managed, type)).ifPresent(block -> block.attributes().forEach((name, a) ->
                items.add(new CompletionItem(name, name, CompletionItem.Kind.REFERENCE, a.type()
                        + (a.computed() && !a.optional() && !a.required() ? " (computed)" : ""), a.description(), false))));
    }

    /** Inside {@code resource "} or {@code data "}: the types the schema knows. */
    private static void labels(CaretContext context, Optional<ProviderSchema> schema, List<CompletionItem> items) {
        String line = context.lineBefore().trim();
        boolean managed = line.startsWith("resource");
        if (schema.isEmpty() || !(managed || line.startsWith("data")) || line.chars().filter(c -> c == '"').count() != 1) {
            return;
        }
        for (ProviderSchema.Provider provider : schema.get().providers().values()) {
            (managed ? provider.resources() : provider.dataSources()).forEach((type, block) -> items.add(
                    new CompletionItem(type, type, CompletionItem.Kind.TYPE, shortSource(provider.source()),
                            block.description(), false)));
        }
    }

    private static void bodyItems(CaretContext context, Optional<ProviderSchema> schema, List<CompletionItem> items) {
        List<List<String>> blocks = context.blocks();
        List<String> top = blocks.get(0);
        String type = top.get(0);
        if ((type.equals("resource") || type.equals("data")) && top.size() >= 2) {
            Optional<ProviderSchema.Block> block = schema.flatMap(s -> s.resource(type.equals("resource"), top.get(1)));
            for (int i = 1; i < blocks.size() && block.isPresent(); i++) {
                String nested = blocks.get(i).get(0);
                block = Optional.ofNullable(block.get().blocks().get(nested)).map(ProviderSchema.NestedBlock::block);
            }
            block.ifPresent(b -> schemaItems(b, items));
            if (blocks.size() == 1) {
                items.addAll(BlockSnippets.RESOURCE_META);
            }
        } else if (blocks.size() == 1 && type.equals("variable")) {
            items.addAll(BlockSnippets.VARIABLE);
        } else if (blocks.size() == 1 && type.equals("output")) {
            items.addAll(BlockSnippets.OUTPUT);
        } else if (blocks.size() == 1 && type.equals("module")) {
            items.addAll(BlockSnippets.MODULE);
        }
    }

    private static void schemaItems(ProviderSchema.Block block, List<CompletionItem> items) {
        List<CompletionItem> required = new ArrayList<>();
        List<CompletionItem> rest = new ArrayList<>();
        block.attributes().forEach((name, a) -> {
            if (a.computed() && !a.optional() && !a.required()) {
                return;
            }
            (a.required() ? required : rest).add(new CompletionItem(name, name + " = $0", CompletionItem.Kind.ARGUMENT,
                    a.type() + (a.required() ? " (required)" : ""), a.description(), a.required()));
        });
        block.blocks().forEach((name, nested) -> (nested.minItems() > 0 ? required : rest).add(new CompletionItem(name,
                name + " {\n  $0\n}", CompletionItem.Kind.BLOCK, "block" + (nested.minItems() > 0 ? " (required)" : ""),
                nested.block().description(), nested.minItems() > 0)));
        items.addAll(required);
        items.addAll(rest);
    }

    private static void expression(Optional<ModuleIndex> module, List<CompletionItem> items) {
        List.of("var", "local", "module", "data", "path", "count", "each", "self").forEach(word -> items.add(
                CompletionItem.simple(word, CompletionItem.Kind.KEYWORD, "reference")));
        module.ifPresent(index -> resources(index, true).keySet().forEach(type -> items.add(
                CompletionItem.simple(type, CompletionItem.Kind.TYPE, "resource type"))));
        for (String name : TerraformFunctions.table().names()) {
            HclFunction function = TerraformFunctions.table().get(name).orElseThrow();
            items.add(new CompletionItem(name, name + "($0)", CompletionItem.Kind.FUNCTION, signature(name, function), "",
                    false));
        }
    }

    static String signature(String name, HclFunction function) {
        List<String> parameters = new ArrayList<>();
        function.parameters().forEach(p -> parameters.add(p.name() + " " + p.type().friendlyName()));
        function.variadic().ifPresent(p -> parameters.add(p.name() + "... " + p.type().friendlyName()));
        return name + "(" + String.join(", ", parameters) + ")";
    }

    private static String shortSource(String source) {
        return source.startsWith("registry.terraform.io/") ? source.substring("registry.terraform.io/".length()) : source;
    }
}
