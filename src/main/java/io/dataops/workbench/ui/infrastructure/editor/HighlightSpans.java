package io.dataops.workbench.ui.infrastructure.editor;

import io.dataops.workbench.terraform.editing.HighlightRun;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Highlight runs as RichTextFX style spans over [from, to); the gaps get no style class. */
final class HighlightSpans {

    private HighlightSpans() {
    }

    static StyleSpans<Collection<String>> of(List<HighlightRun> runs, int from, int to) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>(runs.size() * 2 + 1);
        int at = from;
        for (HighlightRun run : runs) {
            if (run.start() > at) {
                builder.add(Collections.emptyList(), run.start() - at);
            }
            builder.add(Collections.singletonList(run.kind().styleClass()), run.end() - run.start());
            at = run.end();
        }
        // A builder needs one span at least, also for an empty stretch.
        builder.add(Collections.emptyList(), Math.max(0, to - at));
        return builder.create();
    }
}
