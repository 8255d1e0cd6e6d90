package io.dataops.workbench.monitor.chart;

import java.util.List;
import java.util.TreeSet;

/**
 * Stacks series for a stacked-area chart: each result is the running sum of the series up to it, over the
 * union of all timestamps; a series with no point at a timestamp adds nothing there, as CloudWatch does.
 */
public final class Stacking {

    private Stacking() {
    }

    public static List<XySeries> stack(List<XySeries> series) {
        TreeSet<Double> union = new TreeSet<>();
        for (XySeries s : series) {
            for (double x : s.x()) {
                union.add(x);
            }
        }
        double[] xs = union.stream().mapToDouble(Double::doubleValue).toArray();
        double[] running = new double[xs.length];
        List<XySeries> stacked = new java.util.ArrayList<>();
        for (XySeries s : series) {
            int j = 0;
            for (int i = 0; i < xs.length && j < s.size(); i++) {
                if (s.x()[j] == xs[i]) {
                    double value = s.y()[j];
                    running[i] += Double.isNaN(value) ? 0 : value;
                    j++;
                }
            }
            stacked.add(new XySeries(xs, running.clone()));
        }
        return stacked;
    }
}
