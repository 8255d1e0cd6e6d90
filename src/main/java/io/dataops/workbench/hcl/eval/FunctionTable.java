package io.dataops.workbench.hcl.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Functions by name, as an expression's calls find them. */
public final class FunctionTable {

    private final Map<String, HclFunction> functions;

    public FunctionTable(Map<String, HclFunction> functions) {
        this.functions = Map.copyOf(functions);
    }

    public Optional<HclFunction> get(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    public List<String> names() {
        return List.copyOf(new TreeMap<>(functions).keySet());
    }

    /** This table plus {@code more} (whose entries win). */
    public FunctionTable with(Map<String, HclFunction> more) {
        Map<String, HclFunction> all = new TreeMap<>(functions);
        all.putAll(more);
        return new FunctionTable(all);
    }
}
