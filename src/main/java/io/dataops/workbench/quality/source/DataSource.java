package io.dataops.workbench.quality.source;

/** Where data comes from: files read through embedded DuckDB, or a database over JDBC. */
public sealed interface DataSource permits FileSource, JdbcSource {
    /** The name the user gave it in the workspace (for an ad-hoc source: its path or URL). */
    String name();
}
