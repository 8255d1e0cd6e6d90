package io.dataops.workbench.bench;

import io.dataops.workbench.hcl.parser.HclParser;
import io.dataops.workbench.hcl.tree.ConfigFile;
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
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Parsing a generated 10 MB configuration of 20,000 resource blocks, against the target of under 2 s
 * with under 1 GB of heap: the fork runs with {@code -Xmx1g}, so finishing at all shows the heap
 * bound, and the set-up prints the heap the parsed file keeps. Run with
 * {@code mvn -Pbench verify -Dbench.args=HclParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Xms1g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class HclParseBenchmark {

    private String source;

    @Setup(Level.Trial)
    public void generate() {
        source = HclConfigGenerator.resources(20_000);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        ConfigFile kept = HclParser.parse(source, "big.tf");
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("%nsource: %.1f MB, %d blocks, %d tokens; parsed file keeps %.0f MB of heap (max heap %d MB)%n",
                source.length() / 1e6, kept.body().blocks().size(), kept.tokens().size(), (after - before) / 1e6,
                runtime.maxMemory() >> 20);
    }

    @Benchmark
    public ConfigFile parseTenMegabytes() {
        return HclParser.parse(source, "big.tf");
    }
}
