package io.dataops.workbench.quality.source;

import java.util.List;
import java.util.Optional;

/** A table or view found by browsing a source's metadata. {@code schema} is empty where the engine has none. */
public record TableInfo(Optional<String> schema, String name, String type) {

    /** The name parts to quote: [schema, name] or [name]. */
    public List<String> qualifiedName() {
        return schema.map(s -> List.of(s, name)).orElse(List.of(name));
    }

    public String displayName() {
        return String.join(".", qualifiedName());
    }
}
