package io.dataops.workbench.quality.validation.conformance;

import io.dataops.workbench.quality.validation.engine.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Judges one expectation result (its JSON, as `dataops validate` prints it) as GX's check_json_test_result did:
 * with exact_match_out, success, exception_info and the result keys both sides have must be equal (float
 * observed values allclose); otherwise each key of "out" is checked its own way — floats allclose (relative 1e-7,
 * absolute 0.05, or rtol=tolerance), unexpected lists compared after sorting, unexpected_index_list only where
 * the data has a pk_index column (none here), traceback_substring must be in the exception.
 */
final class GxJudge {

    private static final double RTOL = 1e-7;
    private static final double ATOL = 0.05;
    private static final Pattern FLOAT = Pattern.compile(".*\\d\\.\\d+.*");

    private GxJudge() {
    }

    /** Empty when GX would have passed the case; otherwise why not. */
    @SuppressWarnings("unchecked")
    static Optional<String> judge(Map<String, Object> test, Map<String, Object> actual) {
        Map<String, Object> out = test.get("out") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> result = actual.get("result") instanceof Map<?, ?> r ? (Map<String, Object>) r : Map.of();
        Map<String, Object> exception = (Map<String, Object>) actual.get("exception_info");
        boolean raised = Boolean.TRUE.equals(exception.get("raised_exception"));
        String message = String.valueOf(exception.get("exception_message"));
        if (Boolean.TRUE.equals(test.get("exact_match_out"))) {
            return exact(out, actual, result, raised, message);
        }
        for (Map.Entry<String, Object> entry : out.entrySet()) {
            Object want = entry.getValue();
            Optional<String> problem = switch (entry.getKey()) {
                case "success" -> check(Values.pyEquals(actual.get("success"), want), "success", actual.get("success"), want);
                case "observed_value" -> observed(test, result.get("observed_value"), want);
                case "unexpected_list", "partial_unexpected_list" -> check(
                        Values.pyEquals(sorted(result.get(entry.getKey())), sorted(want)), entry.getKey(),
                        result.get(entry.getKey()), want);
                case "details" -> check(Values.pyEquals(result.get("details"), want), "details", result.get("details"), want);
                case "value_counts" -> valueCounts(result, want);
                case "observed_partition", "expected_partition" -> partition(result, entry.getKey(), want);
                case "traceback_substring" -> raised && message.contains(String.valueOf(want)) ? Optional.empty()
                        : Optional.of("expected an exception containing '" + want + "', got "
                        + (raised ? "'" + message + "'" : "none") + (raised ? "" : " (result " + result + ")"));
                case "observed_value_list" -> check(((List<Object>) want).stream().anyMatch(v -> Values.pyEquals(v,
                        result.get("observed_value"))), "observed_value", result.get("observed_value"), want);
                case "unexpected_index_list", "unexpected_count" -> Optional.empty();
                default -> Optional.of("unknown key in out: " + entry.getKey());
            };
            if (problem.isPresent()) {
                return problem.map(p -> p + (raised ? " [raised: " + message + "]" : ""));
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> exact(Map<String, Object> out, Map<String, Object> actual, Map<String, Object> result,
                                          boolean raised, String message) {
        if (!Values.pyEquals(actual.get("success"), out.get("success"))) {
            return Optional.of("success " + actual.get("success") + " != " + out.get("success"));
        }
        if (raised) {
            return Optional.of("raised: " + message);
        }
        Map<String, Object> want = out.get("result") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        for (String key : want.keySet()) {
            if (!result.containsKey(key)) {
                continue;
            }
            Object got = result.get(key);
            Object expected = want.get(key);
            if (key.contains("unexpected_list")) {
                got = sorted(got);
                expected = sorted(expected);
            }
            boolean same = key.equals("observed_value") && got instanceof Number
                    ? allclose(got, expected, RTOL, ATOL) : Values.pyEquals(got, expected);
            if (!same) {
                return Optional.of("result." + key + " " + got + " != " + expected);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> observed(Map<String, Object> test, Object got, Object want) {
        boolean ok;
        if (test.get("tolerance") instanceof Number tolerance) {
            if (want instanceof Map<?, ?> map) {
                ok = got instanceof Map<?, ?> g && g.keySet().equals(map.keySet()) && map.keySet().stream()
                        .allMatch(k -> allclose(g.get(k), map.get(k), tolerance.doubleValue(), 1e-8));
            } else {
                ok = allclose(got, want, tolerance.doubleValue(), 1e-8);
            }
        } else if (want instanceof Map<?, ?> map && map.containsKey("values")) {
            ok = got instanceof Map<?, ?> g && (allclose(g.get("values"), map.get("values"), RTOL, ATOL)
                    || Values.pyEquals(got, want));
        } else if (want != null && FLOAT.matcher(pyRepr(want)).matches()) {
            ok = allclose(got, want, RTOL, ATOL);
        } else {
            ok = Values.pyEquals(got, want);
        }
        return check(ok, "observed_value", got, want);
    }

    /** numpy.allclose: |a - b| <= atol + rtol * |b| element-wise; non-numbers must be equal. */
    static boolean allclose(Object got, Object want, double rtol, double atol) {
        if (got instanceof List<?> g && want instanceof List<?> w) {
            if (g.size() != w.size()) {
                return false;
            }
            for (int i = 0; i < g.size(); i++) {
                if (!allclose(g.get(i), w.get(i), rtol, atol)) {
                    return false;
                }
            }
            return true;
        }
        Optional<Double> a = got instanceof String ? Optional.empty() : Values.toDouble(got);
        Optional<Double> b = want instanceof String ? Optional.empty() : Values.toDouble(want);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.get().equals(b.get())) {
            return true;
        }
        return Math.abs(a.get() - b.get()) <= atol + rtol * Math.abs(b.get());
    }

    private static String pyRepr(Object value) {
        return value instanceof Double d ? Double.toString(d) : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> valueCounts(Map<String, Object> result, Object want) {
        Object details = result.get("details");
        List<Object> counts = details instanceof Map<?, ?> d && d.get("value_counts") instanceof List<?> l
                ? (List<Object>) l : List.of();
        for (Object item : (List<Object>) want) {
            if (counts.stream().noneMatch(c -> Values.pyEquals(c, item))) {
                return Optional.of("value_counts lacks " + item + ": " + counts);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> partition(Map<String, Object> result, String key, Object want) {
        Map<String, Object> details = result.get("details") instanceof Map<?, ?> d ? (Map<String, Object>) d : Map.of();
        Map<String, Object> got = details.get(key) instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
        Map<String, Object> expected = (Map<String, Object>) want;
        boolean ok = allclose(got.get("bins"), expected.get("bins"), 1e-5, 1e-8)
                && allclose(got.get("weights"), expected.get("weights"), 1e-5, 1e-8)
                && (!got.containsKey("tail_weights") || allclose(got.get("tail_weights"), expected.get("tail_weights"), 1e-5, 1e-8));
        return check(ok, key, got, want);
    }

    private static Optional<String> check(boolean ok, String what, Object got, Object want) {
        return ok ? Optional.empty() : Optional.of(what + ": got " + got + ", expected " + want);
    }

    /** GX's sort_unexpected_values: a sortable copy (by value where numeric, else by text). */
    @SuppressWarnings("unchecked")
    static Object sorted(Object list) {
        if (!(list instanceof List<?> items)) {
            return list;
        }
        List<Object> copy = new ArrayList<>((List<Object>) items);
        copy.sort(Comparator.comparing(GxJudge::sortKey));
        return copy;
    }

    private static String sortKey(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().map(GxJudge::sortKey).toList().toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GxJudge::sortKey).toList().toString();
        }
        Optional<Double> number = value instanceof Number ? Values.toDouble(value) : Optional.empty();
        return number.map(d -> String.format(java.util.Locale.ROOT, "%030.10f", d + 1e15)).orElse(String.valueOf(value));
    }
}
