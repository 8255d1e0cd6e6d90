package io.dataops.workbench.hcl.eval;

import java.util.List;

/** Says why two conditional result types do not unify, as hclsyntax's describeConditionalTypeMismatch. */
final class ConditionalMismatch {

    private ConditionalMismatch() {
    }

    static String describe(HclType t, HclType f) {
        if (t instanceof HclType.ObjectType to && f instanceof HclType.ObjectType fo) {
            for (String name : to.attributes().keySet()) {
                if (!fo.hasAttribute(name)) {
                    return "The 'true' value includes object attribute \"" + name + "\", which is absent in the 'false' value";
                }
                HclType ta = to.attributes().get(name);
                HclType fa = fo.attributes().get(name);
                if (!ta.equals(fa)) {
                    return "Type mismatch for object attribute \"" + name + "\": " + describe(ta, fa);
                }
            }
            for (String name : fo.attributes().keySet()) {
                if (!to.hasAttribute(name)) {
                    return "The 'false' value includes object attribute \"" + name + "\", which is absent in the 'true' value";
                }
            }
        } else if (t instanceof HclType.TupleType tt && f instanceof HclType.TupleType ft) {
            List<HclType> te = tt.elements();
            List<HclType> fe = ft.elements();
            if (te.size() != fe.size()) {
                return "The 'true' tuple has length " + te.size() + ", but the 'false' tuple has length " + fe.size();
            }
            for (int i = 0; i < te.size(); i++) {
                if (!te.get(i).equals(fe.get(i))) {
                    return "Type mismatch for tuple element " + i + ": " + describe(te.get(i), fe.get(i));
                }
            }
        } else if (t.isCollection() && f.isCollection() && t.getClass() == f.getClass()) {
            HclType te = t.elementType();
            HclType fe = f.elementType();
            boolean structural = te instanceof HclType.ObjectType && fe instanceof HclType.ObjectType
                    || te instanceof HclType.TupleType && fe instanceof HclType.TupleType;
            if (structural) {
                String noun = t instanceof HclType.ListType ? "list" : t instanceof HclType.SetType ? "set" : "map";
                return "Mismatched " + noun + " element types: " + describe(te, fe);
            }
        }
        if (t.friendlyName().equals(f.friendlyName())) {
            return "At least one deeply-nested attribute or element is not compatible across both the 'true' and the 'false' value";
        }
        return "The 'true' value is " + t.friendlyName() + ", but the 'false' value is " + f.friendlyName();
    }
}
