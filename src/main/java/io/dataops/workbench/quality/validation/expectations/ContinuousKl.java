package io.dataops.workbench.quality.validation.expectations;

import io.dataops.workbench.quality.validation.engine.Outcome;
import io.dataops.workbench.quality.validation.engine.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The continuous branch of GX's KL divergence: histogram weights, holdouts and the four tail cases. */
final class ContinuousKl {

    private ContinuousKl() {
    }

    static Outcome compute(List<Object> v, Map<?, ?> partition, List<Double> bins, double tail, double internal,
                           Double threshold) {
        long nonNull = Values.toLong(v.get(0));
        int binCount = bins.size() - 1;
        List<Double> observed = new ArrayList<>();
        for (int i = 0; i < binCount; i++) {
            observed.add((double) Values.toLong(v.get(1 + i)) / nonNull);
        }
        double below = (double) Values.toLong(v.get(1 + binCount)) / nonNull;
        double above = (double) Values.toLong(v.get(2 + binCount)) / nonNull;
        // Given tail_weights already sit outside the weights (together they sum to one): only holdouts scale them.
        List<Double> expected = new ArrayList<>();
        for (double w : Partitions.doubles(partition.get("weights"))) {
            expected.add(w * (1 - tail - internal));
        }
        if (internal > 0) {
            long zeros = expected.stream().filter(w -> w == 0).count();
            for (int i = 0; i < expected.size() && zeros > 0; i++) {
                if (expected.get(i) == 0) {
                    expected.set(i, internal / zeros);
                }
            }
        }
        boolean lowerInf = bins.get(0) == Double.NEGATIVE_INFINITY;
        boolean upperInf = bins.get(bins.size() - 1) == Double.POSITIVE_INFINITY;
        List<Double> expectedBins;
        List<Double> combExpected;
        List<Double> combObserved;
        List<Double> expectedTails;
        List<Double> observedTails;
        int n = expected.size();
        if (lowerInf && upperInf) {
            expectedBins = bins.subList(1, bins.size() - 1);
            combExpected = expected;
            combObserved = observed;
            expectedTails = List.of(expected.get(0), expected.get(n - 1));
            observedTails = List.of(observed.get(0), observed.get(n - 1));
            expected = expected.subList(1, n - 1);
            observed = observed.subList(1, n - 1);
        } else if (lowerInf) {
            expectedBins = bins.subList(1, bins.size());
            combExpected = concat(List.of(), expected, List.of(tail));
            combObserved = concat(List.of(), observed, List.of(above));
            expectedTails = List.of(expected.get(0), tail);
            observedTails = List.of(observed.get(0), above);
            expected = expected.subList(1, n);
            observed = observed.subList(1, n);
        } else if (upperInf) {
            expectedBins = bins.subList(0, bins.size() - 1);
            combExpected = concat(List.of(tail), expected, List.of());
            combObserved = concat(List.of(below), observed, List.of());
            expectedTails = List.of(tail, expected.get(n - 1));
            observedTails = List.of(below, observed.get(n - 1));
            expected = expected.subList(0, n - 1);
            observed = observed.subList(0, n - 1);
        } else {
            expectedBins = bins;
            if (partition.get("tail_weights") instanceof List<?> tails) {
                List<Double> given = Partitions.doubles(tails);
                combExpected = concat(List.of(given.get(0)), expected, List.of(given.get(1)));
                expectedTails = given;
            } else {
                combExpected = concat(List.of(tail / 2), expected, List.of(tail / 2));
                expectedTails = List.of(tail / 2, tail / 2);
            }
            combObserved = concat(List.of(below), observed, List.of(above));
            observedTails = List.of(below, above);
        }
        double kl = Partitions.entropy(combObserved, combExpected);
        Double observedValue = Double.isInfinite(kl) || Double.isNaN(kl) ? null : kl;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("observed_partition", Partitions.partition("bins", expectedBins, observed, observedTails));
        details.put("expected_partition", Partitions.partition("bins", expectedBins, expected, expectedTails));
        return Outcome.observed(threshold == null || kl <= threshold, observedValue).with("details", details);
    }

    private static List<Double> concat(List<Double> head, List<Double> middle, List<Double> tail) {
        List<Double> out = new ArrayList<>(head);
        out.addAll(middle);
        out.addAll(tail);
        return out;
    }
}
