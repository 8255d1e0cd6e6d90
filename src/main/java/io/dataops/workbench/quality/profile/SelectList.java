package io.dataops.workbench.quality.profile;

import java.util.ArrayList;
import java.util.List;

/** The select list of one generated query: each added expression gets an alias and a 1-based index. */
final class SelectList {

    private final List<String> expressions = new ArrayList<>();

    int add(String expression) {
        expressions.add(expression + " AS m" + expressions.size());
        return expressions.size();
    }

    boolean isEmpty() {
        return expressions.isEmpty();
    }

    String sql() {
        return String.join(",\n  ", expressions);
    }
}
