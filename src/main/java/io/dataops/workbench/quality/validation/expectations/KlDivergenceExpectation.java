package io.dataops.workbench.quality.validation.expectations;

import io.dataops.workbench.quality.validation.InvalidExpectationException;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.engine.AggregatePlan;
import io.dataops.workbench.quality.validation.engine.BatchScope;
import io.dataops.workbench.quality.validation.engine.ExpectationFactory;
import io.dataops.workbench.quality.validation.engine.Kwargs;
import io.dataops.workbench.quality.validation.engine.Outcome;
import io.dataops.workbench.quality.validation.engine.Plan;
import io.dataops.workbench.quality.validation.engine.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * expect_column_kl_divergence_to_be_less_than, computed as Great Expectations does: a categorical partition
 * (values/weights) against the value frequencies, unexpected values taking tail_weight_holdout; a continuous
 * one (bins/weights) against a histogram over the same bins, counted in the suite's scan, with the tails and
 * holdouts handled per GX's four cases of infinite end points. KL is scipy's entropy(observed, expected);
 * infinite or undefined gives observed_value null.
 */
final class KlDivergenceExpectation {

    private KlDivergenceExpectation() {
    }

    static void register(Map<String, ExpectationFactory> all) {
        all.put("expect_column_kl_divergence_to_be_less_than", KlDivergenceExpectation::plan);
    }

    private static Plan plan(Kwargs k, BatchScope s, ResultFormat f) {
        String q = s.quoted(k.column());
        Object partitionValue = k.get("partition_object");
        Double threshold = k.number("threshold", "Threshold must be specified as a non-negative float.").orElse(null);
        if (threshold != null && threshold < 0) {
            throw new InvalidExpectationException("Threshold must be specified as a non-negative float.");
        }
        double tail = holdout(k, "tail_weight_holdout");
        double internal = holdout(k, "internal_weight_holdout");
        if (partitionValue == null) {
            return AggregatePlan.standalone((v, scope) -> Outcome.observed(true, null));
        }
        if (!(partitionValue instanceof Map<?, ?> partition) || !Partitions.valid(partition)) {
            throw new InvalidExpectationException("ValueError: Invalid partition object.");
        }
        if (tail != 0 && partition.containsKey("tail_weights")) {
            throw new InvalidExpectationException("ValueError: tail_weight_holdout must be 0 when using tail_weights in partition object");
        }
        if (partition.containsKey("values")) {
            if (internal > 0) {
                throw new InvalidExpectationException("ValueError: Internal weight holdout cannot be used for discrete data.");
            }
            return AggregatePlan.standalone((v, scope) -> categorical(scope, q, partition, tail, threshold));
        }
        if (!k.flag("bucketize_data", true)) {
            throw new InvalidExpectationException("ValueError: KL Divergence cannot be computed with a continuous partition"
                    + " object and the bucketize_data parameter set to false.");
        }
        List<Double> bins = Partitions.doubles(partition.get("bins"));
        boolean lowerInf = bins.get(0) == Double.NEGATIVE_INFINITY;
        boolean upperInf = bins.get(bins.size() - 1) == Double.POSITIVE_INFINITY;
        if ((lowerInf || upperInf) && partition.containsKey("tail_weights")) {
            throw new InvalidExpectationException("ValueError: There can be no tail weights for partitions with one or both endpoints at infinity");
        }
        if (lowerInf && upperInf && tail > 0) {
            throw new InvalidExpectationException("ValueError: tail_weight_holdout cannot be used for partitions with infinite endpoints.");
        }
        String x = s.dialect().toDouble(q);
        List<String> aggregates = new ArrayList<>(List.of("COUNT(" + q + ")"));
        for (int i = 0; i < bins.size() - 1; i++) {
            boolean last = i == bins.size() - 2;
            String low = bins.get(i) == Double.NEGATIVE_INFINITY ? "1 = 1" : x + " >= " + s.literals().of(bins.get(i));
            String high = bins.get(i + 1) == Double.POSITIVE_INFINITY ? "1 = 1"
                    : x + (last ? " <= " : " < ") + s.literals().of(bins.get(i + 1));
            aggregates.add("SUM(CASE WHEN " + low + " AND " + high + " THEN 1 ELSE 0 END)");
        }
        aggregates.add(lowerInf ? "0" : "SUM(CASE WHEN " + x + " < " + s.literals().of(bins.get(0)) + " THEN 1 ELSE 0 END)");
        aggregates.add(upperInf ? "0" : "SUM(CASE WHEN " + x + " > " + s.literals().of(bins.get(bins.size() - 1)) + " THEN 1 ELSE 0 END)");
        return new AggregatePlan(aggregates, (v, scope) -> ContinuousKl.compute(v, partition, bins, tail, internal, threshold));
    }

    private static double holdout(Kwargs k, String key) {
        double value = k.number(key, key + " must be between zero and one.").orElse(0.0);
        if (value < 0 || value > 1) {
            throw new InvalidExpectationException("ValueError: " + key + " must be between zero and one "
                    + "(ensure this value is less than or equal to 1 and greater than or equal to 0).");
        }
        return value;
    }

    private static Outcome categorical(BatchScope scope, String q, Map<?, ?> partition, double tail, Double threshold) {
        List<Object> values = new ArrayList<>((List<?>) partition.get("values"));
        List<Double> weights = Partitions.doubles(partition.get("weights"));
        Map<Object, Long> counts = new LinkedHashMap<>();
        long nonNull = 0;
        for (List<Object> row : scope.rows("SELECT " + q + ", COUNT(*) FROM " + scope.from() + " WHERE " + q
                + " IS NOT NULL GROUP BY " + q + " ORDER BY " + q)) {
            counts.put(row.get(0), Values.toLong(row.get(1)));
            nonNull += Values.toLong(row.get(1));
        }
        List<Object> index = new ArrayList<>(values);
        for (Object observed : counts.keySet()) {
            if (!DistinctValueExpectations.contains(index, observed)) {
                index.add(observed);
            }
        }
        int missingExpected = index.size() - values.size();
        List<Double> pk = new ArrayList<>();
        List<Double> qk = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            Object value = index.get(i);
            long count = counts.entrySet().stream().filter(e -> Values.pyEquals(e.getKey(), value)).mapToLong(Map.Entry::getValue).sum();
            pk.add(nonNull == 0 ? 0.0 : (double) count / nonNull);
            if (i < values.size()) {
                qk.add(missingExpected > 0 ? weights.get(i) * (1 - tail) : weights.get(i));
            } else {
                qk.add(tail / missingExpected);
            }
        }
        double kl = Partitions.entropy(pk, qk);
        Double observed = Double.isInfinite(kl) || Double.isNaN(kl) ? null : kl;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("observed_partition", Partitions.partition("values", index, pk, null));
        details.put("expected_partition", Partitions.partition("values", index, qk, null));
        return Outcome.observed(threshold == null || kl <= threshold, observed).with("details", details);
    }
}
