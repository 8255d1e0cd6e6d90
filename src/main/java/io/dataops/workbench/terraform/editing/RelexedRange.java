package io.dataops.workbench.terraform.editing;

import java.util.List;

/** The stretch [from, to) of the new text that was scanned again after an edit, with its tokens. */
public record RelexedRange(int from, int to, List<LexedToken> tokens) {
}
