package io.dataops.workbench.bench;

import io.dataops.workbench.monitor.chart.XySeries;
import io.dataops.workbench.ui.monitoring.chart.ChartSeries;
import io.dataops.workbench.ui.monitoring.chart.TimeSeriesChart;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A chart of 1,000,000 noisy points (one per second, about 11.6 days) at 1200 x 400 pixels under software
 * rendering (Monocle headless, prism.order=sw). Each frame is the chart's whole work: decimating the
 * visible range to min/max per pixel column, drawing it, and rasterising the canvas (a snapshot, so the
 * pixels really exist). {@code firstFrame}: set the series and draw the whole range. {@code panFrame}: one
 * drag step of 1% of the visible range, at the {@code zoom} given (1 = everything visible, 0.1 = a tenth).
 * Target: under 50 ms per frame. Run with {@code mvn -B -q -Pbench verify -Dbench.args=ChartFrame}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ChartFrameBenchmark {

    static final int POINTS = 1_000_000;
    private static boolean started;

    @Param({"1", "0.1"})
    public double zoom;

    private TimeSeriesChart chart;
    private List<ChartSeries> series;
    private Instant from;
    private Instant to;
    private WritableImage image;
    private int step;

    @Setup(Level.Trial)
    public void build() throws Exception {
        synchronized (ChartFrameBenchmark.class) {
            if (!started) {
                CountDownLatch latch = new CountDownLatch(1);
                Platform.startup(latch::countDown);
                latch.await();
                started = true;
            }
        }
        series = List.of(new ChartSeries("noisy", noisy(POINTS)));
        from = Instant.ofEpochMilli(0);
        to = Instant.ofEpochMilli(POINTS * 1000L);
        onFx(() -> {
            chart = new TimeSeriesChart();
            Scene scene = new Scene(chart, 1200, 400);
            chart.applyCss();
            chart.layout();
            image = new WritableImage(1200, 400);
            chart.setSeries(series);
            chart.setTimeRange(from, to);
            chart.zoom(zoom);
            chart.snapshot(null, image);
            return scene;
        });
    }

    /** Setting a million-point series and showing the whole range, rasterised. */
    @Benchmark
    public Object firstFrame() throws Exception {
        return onFx(() -> {
            chart.setSeries(series);
            chart.setTimeRange(from, to);
            chart.resetZoom();
            chart.zoom(zoom);
            return chart.snapshot(null, image);
        });
    }

    /** One pan step (decimate the new visible range, draw, rasterise); back and forth so it stays in range. */
    @Benchmark
    public Object panFrame() throws Exception {
        return onFx(() -> {
            chart.pan((step++ / 40) % 2 == 0 ? 0.01 : -0.01);
            return chart.snapshot(null, image);
        });
    }

    static XySeries noisy(int n) {
        Random random = new Random(42);
        double[] x = new double[n];
        double[] y = new double[n];
        double level = 50;
        for (int i = 0; i < n; i++) {
            x[i] = i * 1000.0;
            level += random.nextGaussian() * 0.5 - (level - 50) * 0.001;
            y[i] = level + random.nextGaussian() * 10 + (random.nextInt(20_000) == 0 ? 60 : 0);
        }
        return new XySeries(x, y);
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}
