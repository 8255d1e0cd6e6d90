package io.dataops.workbench.ui.quality;

/** The two kinds of data source the form edits: files read through DuckDB, or a database over JDBC. */
public enum SourceKind {
    FILE, DATABASE
}
