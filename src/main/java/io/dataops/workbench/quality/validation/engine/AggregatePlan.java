package io.dataops.workbench.quality.validation.engine;

import java.util.List;

/** A plan from aggregate expressions and a function of their values (and, if needed, more queries). */
public record AggregatePlan(List<String> aggregates, Finisher finisher) implements Plan {

    @FunctionalInterface
    public interface Finisher {
        Outcome finish(List<Object> values, BatchScope scope);
    }

    public AggregatePlan {
        aggregates = List.copyOf(aggregates);
    }

    /** A plan that needs nothing from the scan (table metadata, its own queries). */
    public static AggregatePlan standalone(Finisher finisher) {
        return new AggregatePlan(List.of(), finisher);
    }

    @Override
    public Outcome finish(List<Object> values, BatchScope scope) {
        return finisher.finish(values, scope);
    }
}
