package io.dataops.workbench.quality.validation.expectations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Partition objects (GX's histograms: bins or values with weights) and scipy's entropy over them. */
final class Partitions {

    private Partitions() {
    }

    static List<Double> doubles(Object list) {
        List<Double> out = new ArrayList<>();
        for (Object item : (List<?>) list) {
            out.add(((Number) item).doubleValue());
        }
        return out;
    }

    /** GX's is_valid_partition_object: matching lengths, ascending bins, weights (with tails) summing to one. */
    static boolean valid(Map<?, ?> partition) {
        if (!(partition.get("weights") instanceof List<?> weights) || weights.isEmpty()
                || weights.stream().anyMatch(w -> !(w instanceof Number))) {
            return false;
        }
        double sum = doubles(weights).stream().mapToDouble(Double::doubleValue).sum();
        if (partition.get("tail_weights") instanceof List<?> tails) {
            sum += doubles(tails).stream().mapToDouble(Double::doubleValue).sum();
        }
        if (Math.abs(sum - 1) > 1e-6) {
            return false;
        }
        if (partition.get("values") instanceof List<?> values) {
            return values.size() == weights.size();
        }
        if (partition.get("bins") instanceof List<?> bins && bins.size() == weights.size() + 1) {
            List<Double> edges = doubles(bins);
            for (int i = 1; i < edges.size(); i++) {
                if (edges.get(i) < edges.get(i - 1)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** scipy.stats.entropy(pk, qk): both normalized to sum 1; sum of pk * ln(pk / qk), 0 where pk is 0. */
    static double entropy(List<Double> pk, List<Double> qk) {
        double pSum = pk.stream().mapToDouble(Double::doubleValue).sum();
        double qSum = qk.stream().mapToDouble(Double::doubleValue).sum();
        double total = 0;
        for (int i = 0; i < pk.size(); i++) {
            double p = pk.get(i) / pSum;
            double q = qk.get(i) / qSum;
            if (p > 0) {
                total += q == 0 ? Double.POSITIVE_INFINITY : p * Math.log(p / q);
            } else if (p < 0 || q < 0) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return total;
    }

    static Map<String, Object> partition(String key, List<?> edges, List<Double> weights, List<Double> tails) {
        Map<String, Object> partition = new LinkedHashMap<>();
        partition.put(key, new ArrayList<>(edges));
        partition.put("weights", new ArrayList<>(weights));
        if (tails != null) {
            partition.put("tail_weights", new ArrayList<>(tails));
        }
        return partition;
    }
}
