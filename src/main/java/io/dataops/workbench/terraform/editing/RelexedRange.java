package io.dataops.workbench.terraform.editing;

import java.util.List;

/**
 * The stretch [from, to) of the new text that was scanned again after an edit: its text and its tokens
 * (offsets absolute, into the whole text).
 */
public record RelexedRange(int from, int to, String text, List<LexedToken> tokens) {

    /** The highlight runs of this stretch. */
    public List<HighlightRun> highlightRuns() {
        return Highlighter.runs(text, from, tokens);
    }
}
