package io.dataops.workbench.hcl.tree;

import io.dataops.workbench.hcl.SourceRange;

import java.util.List;

/**
 * {@code type label* { body }}, also on one line. An unclosed block (a syntax error) ends at the end of
 * the file; its {@code closeBraceRange} is then the empty range there.
 */
public record Block(Span span, String type, SourceRange typeRange, List<BlockLabel> labels,
                    SourceRange openBraceRange, Body body, SourceRange closeBraceRange) implements BodyItem {

    public Block {
        labels = List.copyOf(labels);
    }

    /** The label values (quoted labels decoded). */
    public List<String> labelValues() {
        return labels.stream().map(BlockLabel::value).toList();
    }

    boolean hasLabelPrefix(String... prefix) {
        if (prefix.length > labels.size()) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!labels.get(i).value().equals(prefix[i])) {
                return false;
            }
        }
        return true;
    }
}
