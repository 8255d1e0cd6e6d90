package io.dataops.workbench.ui.infrastructure.editor;

import io.dataops.workbench.terraform.editing.IncrementalTokens;
import io.dataops.workbench.terraform.editing.LexedToken;
import io.dataops.workbench.terraform.editing.RelexedRange;
import io.dataops.workbench.ui.common.BackgroundTask;
import io.dataops.workbench.ui.common.TaskRunner;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Keeps the code area's colours in step with its text. An edit re-scans and re-styles only the stretch it
 * touched (see {@link IncrementalTokens}) right away on the FX thread, which takes well under a frame; a
 * large file, or an edit whose effect runs far (an opened heredoc), is scanned whole in the background and
 * styled once the result is there, unless the text changed meanwhile, in which case it is scanned again.
 */
final class SyntaxHighlighting {

    /** Up to this many chars the first scan runs at once; larger files are scanned in the background. */
    static final int SCAN_AT_ONCE_CHARS = 64_000;
    /** An edit whose re-scan would cover more than this goes to the background. */
    static final int RESCAN_AT_ONCE_CHARS = 32_000;

    private final CodeArea area;
    private final TaskRunner runner;
    private final String name;
    private final CodeAreaText source;
    private final ReadOnlyLongWrapper updates = new ReadOnlyLongWrapper();
    private IncrementalTokens tokens = new IncrementalTokens();
    private boolean scanPending;
    private long version;
    private Restyled afterUpdate = (from, to) -> { };

    SyntaxHighlighting(CodeArea area, TaskRunner runner, String name) {
        this.area = area;
        this.runner = runner;
        this.name = name;
        this.source = new CodeAreaText(area);
    }

    /** Runs after every restyle (squiggles and bracket marks are put back on top). */
    void setAfterUpdate(Restyled action) {
        this.afterUpdate = action;
    }

    /** Styles the whole text, e.g. after loading. */
    void restyleAll() {
        version++;
        if (area.getLength() <= SCAN_AT_ONCE_CHARS) {
            tokens = new IncrementalTokens();
            apply(tokens.reset(area.getText()));
        } else {
            scanInBackground();
        }
    }

    void changed(PlainTextChange change) {
        version++;
        if (scanPending) {
            return;
        }
        Optional<RelexedRange> range = tokens.edit(source, change.getPosition(), change.getRemoved().length(),
                change.getInserted().length(), RESCAN_AT_ONCE_CHARS);
        if (range.isPresent()) {
            apply(range.get());
        } else {
            scanInBackground();
        }
    }

    /** The tokens of the current text; empty while a background scan is pending. */
    Optional<List<LexedToken>> tokens() {
        return scanPending ? Optional.empty() : Optional.of(tokens.tokens());
    }

    /** Counts restyles, so tests and the benchmark can wait for one. */
    ReadOnlyLongProperty updatesProperty() {
        return updates.getReadOnlyProperty();
    }

    private void scanInBackground() {
        scanPending = true;
        String text = area.getText();
        long scannedVersion = version;
        runner.submit(BackgroundTask.<FullScan>of("Highlight " + name, context -> {
            IncrementalTokens fresh = new IncrementalTokens();
            RelexedRange all = fresh.reset(text);
            return new FullScan(fresh, HighlightSpans.of(all.highlightRuns(), 0, text.length()));
        }).onSucceeded(scan -> {
            scanPending = false;
            if (scannedVersion != version) {
                scanInBackground();
                return;
            }
            tokens = scan.tokens();
            area.setStyleSpans(0, scan.spans());
            finished(0, area.getLength());
        }).onFailed(error -> scanPending = false));
    }

    private void apply(RelexedRange range) {
        if (range.to() > range.from()) {
            area.setStyleSpans(range.from(), HighlightSpans.of(range.highlightRuns(), range.from(), range.to()));
        }
        finished(range.from(), range.to());
    }

    private void finished(int from, int to) {
        updates.set(updates.get() + 1);
        afterUpdate.restyled(from, to);
    }

    /** Told which stretch [from, to) just got its colours back, and so lost any marks on top. */
    @FunctionalInterface
    interface Restyled {
        void restyled(int from, int to);
    }

    private record FullScan(IncrementalTokens tokens, StyleSpans<Collection<String>> spans) {
    }
}
