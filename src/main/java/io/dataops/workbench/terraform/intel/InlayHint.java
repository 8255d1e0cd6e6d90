package io.dataops.workbench.terraform.intel;

import io.dataops.workbench.terraform.config.Declaration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A resolved value to show after a declaration's line: {@code offset} is the end of that line. */
public record InlayHint(int offset, int line, String text) {

    /** The known values of the variables and locals declared in a file. */
    public static List<InlayHint> of(IntelSnapshot snapshot, Path file) {
        List<InlayHint> hints = new ArrayList<>();
        TextLines lines = snapshot.lines(file).orElse(null);
        if (lines == null) {
            return hints;
        }
        for (Declaration d : snapshot.declarations(file)) {
            if (d instanceof Declaration.Variable || d instanceof Declaration.Local) {
                Hovers.value(snapshot, d).ifPresent(value -> {
                    int line = d.range().start().line();
                    int end = lines.lineStart(line) + lines.lineText(line).length();
                    hints.add(new InlayHint(end, line, "= " + value.replace('\n', ' ')));
                });
            }
        }
        return hints;
    }
}
