package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.SourceRange;
import io.dataops.workbench.hcl.tree.GetAttrExpr;

/** Source ranges that HCL's diagnostics use but the tree does not store as such. */
final class Ranges {

    private Ranges() {
    }

    /** From the start of {@code a} to the end of {@code b}. */
    static SourceRange between(SourceRange a, SourceRange b) {
        return new SourceRange(a.filename(), a.start(), b.end());
    }

    /**
     * HCL reports attribute errors on the traversal step {@code .name}, dot included; the tree keeps the
     * name's range, so we start the step where the object ends (the dot follows it directly).
     */
    static SourceRange attributeStep(GetAttrExpr expr) {
        SourceRange objectRange = expr.object().range();
        return new SourceRange(objectRange.filename(), objectRange.end(), expr.nameRange().end());
    }
}
