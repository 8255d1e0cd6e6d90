package io.dataops.workbench.hcl.eval;

import java.util.Comparator;

/**
 * The canonical order of set elements, after cty's set rules: strings lexically, numbers numerically,
 * false before true, unknown values last; other elements by their rendering (cty orders those by hash, which
 * we cannot reproduce, so any stable order will do). Zero means "the same element".
 */
final class SetOrder implements Comparator<HclValue> {

    static final SetOrder INSTANCE = new SetOrder();

    private SetOrder() {
    }

    @Override
    public int compare(HclValue a, HclValue b) {
        if (a.isKnown() != b.isKnown()) {
            return a.isKnown() ? -1 : 1;
        }
        if (a.isNull() != b.isNull()) {
            return a.isNull() ? 1 : -1;
        }
        if (a.isKnown() && !a.isNull() && a.type().equals(b.type())) {
            if (a.type() == HclType.STRING) {
                return a.asString().compareTo(b.asString());
            }
            if (a.type() == HclType.NUMBER) {
                return a.asNumber().compareTo(b.asNumber());
            }
            if (a.type() == HclType.BOOL) {
                return Boolean.compare(a.asBool(), b.asBool());
            }
        }
        if (a.equals(b)) {
            return 0;
        }
        int byText = a.toString().compareTo(b.toString());
        return byText != 0 ? byText : a.type().typeString().compareTo(b.type().typeString());
    }
}
