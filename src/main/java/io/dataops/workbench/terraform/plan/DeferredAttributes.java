package io.dataops.workbench.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractList;
import java.util.List;
import java.util.Set;

/**
 * A resource's attribute diff, built the first time it is read: loading a plan of 20,000 resources only keeps
 * each change's masked before/after (see {@link SensitiveMask}) and builds the diffs of the resources the user
 * looks at. Once built, the trees are let go. Safe to read from any thread.
 */
final class DeferredAttributes extends AbstractList<AttributeDiff> {

    private JsonNode before;
    private JsonNode after;
    private JsonNode unknown;
    private JsonNode beforeSensitive;
    private JsonNode afterSensitive;
    private Set<String> replacePaths;
    private volatile List<AttributeDiff> built;

    /** {@code before} and {@code after} must already be masked. */
    DeferredAttributes(JsonNode before, JsonNode after, JsonNode unknown, JsonNode beforeSensitive,
                       JsonNode afterSensitive, Set<String> replacePaths) {
        this.before = before;
        this.after = after;
        this.unknown = unknown;
        this.beforeSensitive = beforeSensitive;
        this.afterSensitive = afterSensitive;
        this.replacePaths = replacePaths;
    }

    @Override
    public AttributeDiff get(int index) {
        return diffs().get(index);
    }

    @Override
    public int size() {
        return diffs().size();
    }

    boolean isBuilt() {
        return built != null;
    }

    /** The masked values still waiting to be diffed, as JSON (tests check no secret is in them). */
    synchronized String pendingText() {
        return built != null ? "" : String.valueOf(before) + after;
    }

    private List<AttributeDiff> diffs() {
        List<AttributeDiff> diffs = built;
        if (diffs == null) {
            synchronized (this) {
                if (built == null) {
                    built = List.copyOf(new AttributeDiffBuilder(replacePaths).build(before, after, unknown,
                            beforeSensitive, afterSensitive));
                    before = after = unknown = beforeSensitive = afterSensitive = null;
                    replacePaths = null;
                }
                diffs = built;
            }
        }
        return diffs;
    }
}
