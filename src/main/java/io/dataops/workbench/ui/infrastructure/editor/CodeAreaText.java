package io.dataops.workbench.ui.infrastructure.editor;

import io.dataops.workbench.terraform.editing.TextSource;
import org.fxmisc.richtext.CodeArea;

/** A code area read by ranges, for the incremental scanner. */
final class CodeAreaText implements TextSource {

    private final CodeArea area;

    CodeAreaText(CodeArea area) {
        this.area = area;
    }

    @Override
    public int length() {
        return area.getLength();
    }

    @Override
    public String text(int from, int to) {
        return area.getText(from, to);
    }
}
