package io.dataops.workbench.quality.profile;

/** One column as the source declares it: the schema snapshot kept with every profile. */
public record ColumnSchema(int position, String name, String declaredType, ColumnKind kind) {
}
