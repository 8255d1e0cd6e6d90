package io.dataops.workbench.bench;

import io.dataops.workbench.terraform.editing.SyntaxCheck;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.ui.infrastructure.editor.CodeEditor;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
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

/**
 * Editing a 10,000-line .tf file: the time from a keystroke (a character inserted into the code area) to
 * its updated highlighting, measured as one shot per edit, 200 edits spread over the file; JMH's summary
 * gives the median (p50) and the worst (p100). Target: 16 ms median. The measured time includes handing the
 * edit to the FX thread and back. Runs the toolkit headless (Monocle). Run with
 * {@code mvn -Pbench verify -Dbench.args=EditorHighlight}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true"})
@Warmup(iterations = 100, batchSize = 1)
@Measurement(iterations = 200, batchSize = 1)
public class EditorHighlightBenchmark {

    private static final int LINES = 10_000;
    private static final int EDITS = 200;
    /** What typing inserts: letters, digits, spaces, operators, and a quote pair as the editor auto-closes it. */
    private static final String[] KEYSTROKES = {"a", "1", " ", "=", "\"\"", "{}", "b"};
    private CodeEditor editor;
    private int edit;

    @Setup(Level.Trial)
    public void openLargeFile() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        onFx(() -> {
            editor = new CodeEditor("large.tf", new SameThreadTaskRunner(), SyntaxCheck.LEXICAL);
            editor.load(largeFile());
            return null;
        });
    }

    /** One keystroke somewhere in the file, spread evenly over 200 places; highlighting is done when it returns. */
    @Benchmark
    public long keystrokeToHighlight() throws Exception {
        int index = edit++ % EDITS;
        return onFx(() -> {
            long before = editor.highlightUpdatesProperty().get();
            int paragraph = (int) ((long) index * (LINES - 1) / EDITS);
            int position = editor.area().getAbsolutePosition(paragraph, Math.min(4,
                    editor.area().getParagraph(paragraph).length()));
            editor.area().insertText(position, KEYSTROKES[index % KEYSTROKES.length]);
            if (editor.highlightUpdatesProperty().get() == before) {
                throw new IllegalStateException("the edit was not highlighted");
            }
            return editor.highlightUpdatesProperty().get();
        });
    }

    private static String largeFile() {
        StringBuilder text = new StringBuilder();
        int block = 0;
        for (int lines = 0; lines + 12 <= LINES; lines += 12) {
            text.append("resource \"terraform_data\" \"item_").append(block).append("\" {\n")
                    .append("  input = {\n")
                    .append("    name  = \"${var.environment}-item-").append(block).append("\"\n")
                    .append("    count = ").append(block % 7).append("\n")
                    .append("    tags  = [\"a\", \"b\", lower(\"C\")]\n")
                    .append("  }\n")
                    .append("  # comment ").append(block).append("\n")
                    .append("  script = <<-EOT\n      echo ${var.name}\n  EOT\n")
                    .append("}\n\n");
            block++;
        }
        while (text.chars().filter(c -> c == '\n').count() < LINES) {
            text.append("# padding\n");
        }
        return text.toString();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}
