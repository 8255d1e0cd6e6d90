package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.hcl.eval.TypeConversion;
import io.dataops.workbench.hcl.tree.Attribute;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ModuleValues} of each module instance, made on first use: root variables from the tfvars
 * files or their defaults, a child's variables from its call's arguments evaluated in the parent.
 */
final class InstanceValues {

    private final Path root;
    private final Map<Path, LinkedModule> modules;
    private final VariableValues rootValues;
    private final Map<String, ModuleValues> byPath = new HashMap<>();

    private final Map<String, ModuleInstance> parents = new HashMap<>();

    InstanceValues(Path root, ModuleInstance rootInstance, Map<Path, LinkedModule> modules, VariableValues rootValues) {
        this.root = root;
        this.modules = modules;
        this.rootValues = rootValues;
        for (ModuleInstance instance : rootInstance.all()) {
            instance.children().forEach(c -> parents.put(c.path(), instance));
        }
    }

    ModuleValues of(ModuleInstance instance) {
        Optional<ModuleInstance> parent = Optional.ofNullable(parents.get(instance.path()));
        ModuleValues known = byPath.get(instance.path());
        if (known != null) {
            return known;
        }
        ModuleIndex index = modules.get(instance.dir()).index();
        ModuleValues values = new ModuleValues(index, v -> variable(instance, parent, v),
                name -> instance.child(name).map(this::of), pathObject(instance.dir()));
        byPath.put(instance.path(), values);
        return values;
    }

    private HclValue variable(ModuleInstance instance, Optional<ModuleInstance> parent, Declaration.Variable v) {
        Optional<HclValue> given = Optional.empty();
        if (instance.isRoot()) {
            given = rootValues.get(v.name()).map(VariableValues.Assigned::value);
        } else if (parent.isPresent() && instance.call().isPresent()) {
            Attribute argument = instance.call().get().arguments().get(v.name());
            if (argument != null) {
                given = Optional.of(of(parent.get()).evaluate(argument.expression()).value());
            }
        }
        if (given.isEmpty() || (given.get().isNull() && !v.nullable())) {
            given = v.defaultValue().map(e -> new ModuleValues(modules.get(instance.dir()).index(), x -> HclValue.NULL,
                    n -> Optional.empty(), Map.of()).evaluate(e).value());
        }
        HclType type = v.type().orElse(HclType.DYNAMIC);
        return given.map(value -> TypeConversion.tryConvert(value, type).orElse(HclValue.unknown(type)))
                .orElse(HclValue.unknown(type));
    }

    private Map<String, HclValue> pathObject(Path dir) {
        String relative = root.relativize(dir).toString().replace('\\', '/');
        return Map.of("module", HclValue.string(relative.isEmpty() ? "." : relative), "root", HclValue.string("."),
                "cwd", HclValue.string(root.toString()));
    }
}
