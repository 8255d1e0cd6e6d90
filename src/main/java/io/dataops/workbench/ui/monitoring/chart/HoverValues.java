package io.dataops.workbench.ui.monitoring.chart;

import io.dataops.workbench.monitor.chart.ValueTicks;
import java.util.ArrayList;
import java.util.List;

/** The values of every series at the datapoint nearest the mouse, for the hover label. */
record HoverValues(double time, List<Entry> entries) {

    record Entry(int index, String name, double value, double drawnValue) {
    }

    static HoverValues at(List<ChartSeries> series, List<ChartSeries> drawn, double time) {
        double nearest = Double.NaN;
        for (ChartSeries s : series) {
            int i = s.data().nearestIndex(time);
            if (i >= 0 && (Double.isNaN(nearest) || Math.abs(s.data().x()[i] - time) < Math.abs(nearest - time))) {
                nearest = s.data().x()[i];
            }
        }
        List<Entry> entries = new ArrayList<>();
        if (Double.isNaN(nearest)) {
            return new HoverValues(time, entries);
        }
        for (int k = 0; k < series.size(); k++) {
            ChartSeries s = series.get(k);
            int i = s.data().nearestIndex(nearest);
            if (i >= 0 && s.data().x()[i] == nearest) {
                int j = drawn.get(k).data().nearestIndex(nearest);
                entries.add(new Entry(k, s.name(), s.data().y()[i], drawn.get(k).data().y()[j]));
            }
        }
        return new HoverValues(nearest, entries);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    String text() {
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            text.append('\n').append(entry.name()).append(": ").append(ValueTicks.label(entry.value()));
        }
        return text.toString();
    }
}
