package io.dataops.workbench.monitor.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimationTest {

    private static XySeries noisy(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 1000.0;
            y[i] = Math.sin(i / 5000.0) * 50 + random.nextGaussian() * 10;
        }
        return new XySeries(x, y);
    }

    @Test
    void minMaxKeepsEveryColumnsExtremesFirstAndLastInOrder() {
        XySeries series = noisy(200_000, 1);
        series.y()[123_457] = 10_000;
        series.y()[77_001] = -10_000;
        int columns = 800;
        double xMin = series.x()[0];
        double xMax = series.x()[series.size() - 1];

        Decimated result = Decimation.minMax(series, 0, series.size(), xMin, xMax, columns);

        assertThat(result.size()).isLessThanOrEqualTo(4 * columns).isGreaterThan(columns);
        assertThat(result.x()[0]).isEqualTo(xMin);
        assertThat(result.x()[result.size() - 1]).isEqualTo(xMax);
        double[] kept = Arrays.copyOf(result.y(), result.size());
        assertThat(Arrays.stream(kept).max().orElseThrow()).isEqualTo(10_000);
        assertThat(Arrays.stream(kept).min().orElseThrow()).isEqualTo(-10_000);
        for (int i = 1; i < result.size(); i++) {
            assertThat(result.x()[i]).isGreaterThan(result.x()[i - 1]);
        }
        // Every column's own extremes survive, not only the global ones.
        double width = (xMax - xMin) / columns;
        for (int column = 0; column < columns; column += 97) {
            double lo = xMin + column * width;
            double hi = lo + width;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < series.size(); i++) {
                if (series.x()[i] >= lo && series.x()[i] < hi) {
                    max = Math.max(max, series.y()[i]);
                }
            }
            double keptMax = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < result.size(); i++) {
                if (result.x()[i] >= lo && result.x()[i] < hi) {
                    keptMax = Math.max(keptMax, result.y()[i]);
                }
            }
            assertThat(keptMax).as("column %d", column).isEqualTo(max);
        }
    }

    @Test
    void minMaxOnAVisibleRangeOnlyLooksAtThatRange() {
        XySeries series = noisy(100_000, 2);
        series.y()[10] = 9_999;
        int[] range = series.visibleRange(50_000_000, 60_000_000);
        assertThat(range[0]).isEqualTo(49_999);
        assertThat(range[1]).isEqualTo(60_002);

        Decimated result = Decimation.minMax(series, range[0], range[1], 50_000_000, 60_000_000, 100);

        assertThat(result.size()).isLessThanOrEqualTo(400);
        assertThat(result.x()[0]).isEqualTo(49_999_000);
        assertThat(result.x()[result.size() - 1]).isEqualTo(60_001_000);
        for (int i = 0; i < result.size(); i++) {
            assertThat(result.y()[i]).isNotEqualTo(9_999);
        }
    }

    @Test
    void smallInputsAreKeptWhole() {
        XySeries series = new XySeries(new double[] {1, 2, 3}, new double[] {5, 6, 7});
        assertThat(Decimation.minMax(series, 0, 3, 1, 3, 10).size()).isEqualTo(3);
        assertThat(Decimation.lttb(series, 0, 3, 10).size()).isEqualTo(3);
    }

    @Test
    void lttbOnAKnownInputPicksTheLargestTriangles() {
        // Buckets of the 8 inner points at threshold 4: [1..4] and [5..8]; the spike at 3 and the dip at 6 win.
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] y = {0, 1, 1, 9, 1, 1, -7, 1, 1, 0};
        Decimated result = Decimation.lttb(new XySeries(x, y), 0, 10, 4);

        assertThat(result.size()).isEqualTo(4);
        assertThat(Arrays.copyOf(result.x(), 4)).containsExactly(0, 3, 6, 9);
        assertThat(Arrays.copyOf(result.y(), 4)).containsExactly(0, 9, -7, 0);
    }

    @Test
    void lttbBoundsItsOutputAndKeepsTheEnds() {
        XySeries series = noisy(100_000, 3);
        Decimated result = Decimation.lttb(series, 0, series.size(), 1000);
        assertThat(result.size()).isEqualTo(1000);
        assertThat(result.x()[0]).isEqualTo(0);
        assertThat(result.x()[999]).isEqualTo(99_999_000);
        for (int i = 1; i < result.size(); i++) {
            assertThat(result.x()[i]).isGreaterThan(result.x()[i - 1]);
        }
    }
}
