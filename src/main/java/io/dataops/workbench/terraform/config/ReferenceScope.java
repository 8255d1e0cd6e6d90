package io.dataops.workbench.terraform.config;

import java.util.HashSet;
import java.util.Set;

/**
 * Where an expression sits, as far as references care: which declaration holds it, whether {@code count},
 * {@code each} and {@code self} are available there, and which names a for expression or dynamic block
 * binds locally (so {@code item.x} in {@code [for item in x : item.x]} is no reference).
 */
record ReferenceScope(String referrer, boolean counted, boolean forEach, boolean selfAllowed, Set<String> bound) {

    ReferenceScope {
        bound = Set.copyOf(bound);
    }

    static ReferenceScope of(String referrer, boolean counted, boolean forEach) {
        return new ReferenceScope(referrer, counted, forEach, false, Set.of());
    }

    ReferenceScope binding(String... names) {
        Set<String> all = new HashSet<>(bound);
        for (String name : names) {
            all.add(name);
        }
        return new ReferenceScope(referrer, counted, forEach, selfAllowed, all);
    }

    ReferenceScope withSelf() {
        return new ReferenceScope(referrer, counted, forEach, true, bound);
    }
}
