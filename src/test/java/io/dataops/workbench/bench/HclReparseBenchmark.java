package io.dataops.workbench.bench;

import io.dataops.workbench.hcl.parser.HclParser;
import io.dataops.workbench.hcl.parser.IncrementalParser;
import io.dataops.workbench.hcl.parser.TextEdit;
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
 * Re-parsing a 5,000-line file after a one-character edit in its middle (typing a digit, then deleting
 * it, so every invocation starts from the same state), against the 20 ms target; and the full parse of
 * the same file for comparison. Run with {@code mvn -Pbench verify -Dbench.args=HclReparseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HclReparseBenchmark {

    private ConfigFile file;
    private int editAt;
    private boolean inserted;

    @Setup(Level.Trial)
    public void generate() {
        String source = HclConfigGenerator.resources(278); // 18 lines per block: about 5,000 lines
        file = HclParser.parse(source, "main.tf");
        editAt = source.indexOf("volume_size = ", source.length() / 2) + "volume_size = ".length();
        System.out.printf("%nfile: %d lines, %d chars%n", source.split("\n", -1).length, source.length());
    }

    @Benchmark
    public ConfigFile reparseAfterOneCharacterEdit() {
        TextEdit edit = inserted ? new TextEdit(editAt, editAt + 1, "") : new TextEdit(editAt, editAt, "9");
        inserted = !inserted;
        file = IncrementalParser.reparse(file, edit);
        return file;
    }

    @Benchmark
    public ConfigFile fullParseOfTheSameFile() {
        return HclParser.parse(file.source(), "main.tf");
    }
}
