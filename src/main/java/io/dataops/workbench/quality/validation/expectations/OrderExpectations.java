package io.dataops.workbench.quality.validation.expectations;

import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.engine.BatchScope;
import io.dataops.workbench.quality.validation.engine.ExpectationFactory;
import io.dataops.workbench.quality.validation.engine.Kwargs;
import io.dataops.workbench.quality.validation.engine.MapPlan;
import io.dataops.workbench.quality.validation.engine.MapPlan.Shape;
import io.dataops.workbench.quality.validation.engine.Plan;
import java.util.List;
import java.util.Map;

/**
 * Increasing / decreasing in the batch's row order: each non-null value against the previous non-null one
 * (LAG over ROW_NUMBER() OVER (), the engine's scan order), as GX's pandas diff() on the non-null values.
 */
final class OrderExpectations {

    private OrderExpectations() {
    }

    static void register(Map<String, ExpectationFactory> all) {
        all.put("expect_column_values_to_be_increasing", (k, s, f) -> ordered(k, s, f, true));
        all.put("expect_column_values_to_be_decreasing", (k, s, f) -> ordered(k, s, f, false));
    }

    private static Plan ordered(Kwargs k, BatchScope s, ResultFormat f, boolean increasing) {
        String column = s.column(k.column()).name();
        String q = s.dialect().quote(column);
        boolean strictly = k.flag("strictly", false);
        String numbered = "(SELECT " + q + ", ROW_NUMBER() OVER () AS dataops_rn FROM " + s.from() + " WHERE " + q
                + " IS NOT NULL) numbered";
        String derived = "(SELECT " + q + ", LAG(" + q + ") OVER (ORDER BY dataops_rn) AS dataops_prev FROM "
                + numbered + ") ordered";
        String bad = increasing ? (strictly ? " <= " : " < ") : (strictly ? " >= " : " > ");
        return new MapPlan(q + " IS NOT NULL",
                new MapPlan.DerivedTest(derived, "dataops_prev IS NOT NULL AND " + q + bad + "dataops_prev"),
                List.of(column), Shape.SCALAR, false, k.mostly(), f);
    }
}
