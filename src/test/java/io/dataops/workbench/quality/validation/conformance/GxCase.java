package io.dataops.workbench.quality.validation.conformance;

import java.util.List;
import java.util.Map;

/**
 * One test of Great Expectations' test definitions: its expectation, the dataset (one table, or several named
 * tables for multi-table expectations) and the test object (title, in, out, error, tolerance, ...).
 */
record GxCase(String file, String expectationType, int datasetIndex, List<GxTable> tables, Map<String, Object> test) {

    /** A table to load: its name, column-oriented data and the column types for the engine (may be empty). */
    record GxTable(String name, Map<String, List<Object>> data, Map<String, String> types) {
    }

    String title() {
        return String.valueOf(test.get("title"));
    }

    String id() {
        return expectationType + " #" + datasetIndex + " " + title();
    }
}
