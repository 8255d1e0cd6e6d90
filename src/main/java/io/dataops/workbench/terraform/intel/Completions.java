package io.dataops.workbench.terraform.intel;

import java.util.List;

/** The proposals at a caret and the stretch [replaceStart, caret) of typed text that a choice replaces. */
public record Completions(int replaceStart, String prefix, List<CompletionItem> items) {

    public Completions {
        items = List.copyOf(items);
    }
}
