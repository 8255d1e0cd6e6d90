package io.dataops.workbench.quality.validation.expectations;

import io.dataops.workbench.quality.validation.InvalidExpectationException;
import io.dataops.workbench.quality.validation.ResultFormat;
import io.dataops.workbench.quality.validation.engine.BatchScope;
import io.dataops.workbench.quality.validation.engine.ExpectationFactory;
import io.dataops.workbench.quality.validation.engine.Kwargs;
import io.dataops.workbench.quality.validation.engine.Plan;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Every expectation type we run, by its Great Expectations name (and our two extensions, named dataops_*). */
public final class ExpectationRegistry {

    private final Map<String, ExpectationFactory> factories;

    private ExpectationRegistry(Map<String, ExpectationFactory> factories) {
        this.factories = Map.copyOf(factories);
    }

    public static ExpectationRegistry standard() {
        Map<String, ExpectationFactory> all = new TreeMap<>();
        ColumnMapExpectations.register(all);
        PatternExpectations.register(all);
        ParsedTextExpectations.register(all);
        OrderExpectations.register(all);
        ColumnAggregateExpectations.register(all);
        DistinctValueExpectations.register(all);
        TableExpectations.register(all);
        RowRelationExpectations.register(all);
        KlDivergenceExpectation.register(all);
        OurExtensions.register(all);
        return new ExpectationRegistry(all);
    }

    public Set<String> types() {
        return factories.keySet();
    }

    public Plan plan(Kwargs kwargs, BatchScope scope, ResultFormat format) {
        ExpectationFactory factory = factories.get(kwargs.type());
        if (factory == null) {
            throw new InvalidExpectationException("Unknown expectation type '" + kwargs.type() + "'.");
        }
        return factory.plan(kwargs, scope, format);
    }
}
