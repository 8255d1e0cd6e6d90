package io.dataops.workbench.bench;

import io.dataops.workbench.terraform.plan.Plan;
import io.dataops.workbench.terraform.plan.PlanJsonReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a 40 MB plan JSON (20,000 terraform_data resources) into the masked plan model: targets under 2 s and
 * under 500 MB of heap. The fork's heap is capped at 500 MB, so the load cannot pass by using more; the peak
 * heap in use during each load is printed. Run with {@code mvn -Pbench verify -Dbench.args=LargePlanLoad}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx500m"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class LargePlanLoadBenchmark {

    private Path file;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        file = LargePlanFile.ensure(Path.of(System.getProperty("java.io.tmpdir"), "dataops-bench",
                "plan-20000.json"), 20_000);
        System.out.printf("%nPlan JSON: %s, %.1f MB%n", file, Files.size(file) / 1_000_000.0);
    }

    @Setup(Level.Iteration)
    public void resetPeak() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @Benchmark
    public Plan load() throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Plan plan = PlanJsonReader.read(in);
            if (plan.resourceChanges().size() != 20_000) {
                throw new IllegalStateException("read " + plan.resourceChanges().size() + " resources");
            }
            return plan;
        }
    }

    @TearDown(Level.Iteration)
    public void reportPeak() {
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("%npeak heap during load (sum of pool peaks): %.0f MB%n", peak / 1_048_576.0);
    }
}
