package io.dataops.workbench.quality.validation.conformance;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the shared GX test definitions and keeps the cases Great Expectations generated for a backend, with
 * its rules (should_we_generate_this_test): suppress_test_for naming the backend or "sqlalchemy" drops a case;
 * only_for must name the backend or "sqlalchemy"; dataset-level filters first. The four distributional stubs
 * of GX 1.x (KS tests, chi-square, Cramér's phi) are left out, as the issue says.
 */
final class GxCases {

    static final Set<String> STUBS = Set.of(
            "expect_column_chisquare_test_p_value_to_be_greater_than",
            "expect_column_bootstrapped_ks_test_p_value_to_be_greater_than",
            "expect_column_parameterized_distribution_ks_test_p_value_to_be_greater_than",
            "expect_column_pair_cramers_phi_value_to_be_less_than");

    /**
     * Expectations on GX's own "temporarily not implemented for SQL" list (candidate_test_is_on_temporary_
     * notimplemented_list_v3_api): GX never ran their cases on SQLite or PostgreSQL. We run them anyway and report
     * them apart.
     */
    static final Set<String> NOT_RUN_BY_GX_ON_SQL = Set.of(
            "expect_column_values_to_be_increasing", "expect_column_values_to_be_decreasing",
            "expect_column_values_to_match_strftime_format", "expect_column_values_to_be_dateutil_parseable",
            "expect_column_values_to_be_json_parseable", "expect_column_values_to_match_json_schema");

    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private GxCases() {
    }

    /**
     * @param backend the GX backend name whose filters apply ("sqlite", "postgresql")
     * @param typesFrom the key of "schemas" giving the column types
     */
    static List<GxCase> load(Path definitions, String backend, String typesFrom) {
        List<GxCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(definitions)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                cases.addAll(casesOf(file, backend, typesFrom));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    @SuppressWarnings("unchecked")
    private static List<GxCase> casesOf(Path file, String backend, String typesFrom) throws IOException {
        Map<String, Object> root = JSON.readValue(file.toFile(), Map.class);
        String type = String.valueOf(root.get("expectation_type"));
        List<GxCase> cases = new ArrayList<>();
        if (STUBS.contains(type)) {
            return cases;
        }
        List<Map<String, Object>> datasets = (List<Map<String, Object>>) root.get("datasets");
        for (int d = 0; d < datasets.size(); d++) {
            Map<String, Object> dataset = datasets.get(d);
            if (!applies(backend, (List<String>) dataset.get("only_for"), (List<String>) dataset.get("suppress_test_for"))) {
                continue;
            }
            List<GxCase.GxTable> tables = tables(type, d, dataset, typesFrom);
            for (Map<String, Object> test : (List<Map<String, Object>>) dataset.get("tests")) {
                if (applies(backend, (List<String>) test.get("only_for"), (List<String>) test.get("suppress_test_for"))) {
                    cases.add(new GxCase(definitions(file), type, d, tables, test));
                }
            }
        }
        return cases;
    }

    private static String definitions(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }

    @SuppressWarnings("unchecked")
    private static List<GxCase.GxTable> tables(String type, int index, Map<String, Object> dataset, String typesFrom) {
        Map<String, Object> schemas = dataset.get("schemas") instanceof Map<?, ?> s ? (Map<String, Object>) s : Map.of();
        Map<String, String> types = schemas.get(typesFrom) instanceof Map<?, ?> t ? (Map<String, String>) t : Map.of();
        List<GxCase.GxTable> tables = new ArrayList<>();
        if (dataset.get("data") instanceof List<?> many) {
            for (Object item : many) {
                Map<String, Object> named = (Map<String, Object>) item;
                tables.add(new GxCase.GxTable(String.valueOf(named.get("dataset_name")),
                        (Map<String, List<Object>>) named.get("data"), types));
            }
        } else {
            String name = "t_" + type.replace("expect_", "").replaceAll("[^a-z0-9]", "_");
            name = name.substring(0, Math.min(name.length(), 50)) + "_" + index;
            tables.add(new GxCase.GxTable(name, new LinkedHashMap<>((Map<String, List<Object>>) dataset.get("data")), types));
        }
        return tables;
    }

    static boolean applies(String backend, List<String> onlyFor, List<String> suppressFor) {
        if (suppressFor != null && (suppressFor.contains(backend) || suppressFor.contains("sqlalchemy"))) {
            return false;
        }
        return onlyFor == null || onlyFor.isEmpty() || onlyFor.contains(backend) || onlyFor.contains("sqlalchemy");
    }
}
