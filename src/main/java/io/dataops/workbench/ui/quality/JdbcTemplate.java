package io.dataops.workbench.ui.quality;

/** The databases whose drivers ship with the workbench, with a URL to start from. */
public enum JdbcTemplate {
    POSTGRESQL("PostgreSQL", "jdbc:postgresql://localhost:5432/DATABASE"),
    H2("H2", "jdbc:h2:file:/path/to/database"),
    DUCKDB("DuckDB", "jdbc:duckdb:/path/to/file.duckdb"),
    SQLITE("SQLite", "jdbc:sqlite:/path/to/file.db"),
    OTHER("Other (driver jar in Settings)", "jdbc:");

    private final String label;
    private final String exampleUrl;

    JdbcTemplate(String label, String exampleUrl) {
        this.label = label;
        this.exampleUrl = exampleUrl;
    }

    public String exampleUrl() {
        return exampleUrl;
    }

    /** The template whose URL prefix matches, for editing a saved source. */
    public static JdbcTemplate of(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        for (JdbcTemplate template : values()) {
            if (template != OTHER && lower.startsWith(template.exampleUrl.substring(0, template.exampleUrl.indexOf(':', 5) + 1))) {
                return template;
            }
        }
        return OTHER;
    }

    @Override
    public String toString() {
        return label;
    }
}
