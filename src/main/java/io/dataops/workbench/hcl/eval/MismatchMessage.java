package io.dataops.workbench.hcl.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The sentence cty gives when no conversion exists from one type to another ("number required"). */
public final class MismatchMessage {

    private MismatchMessage() {
    }

    public static String describe(HclType got, HclType want) {
        if (got instanceof HclType.ObjectType g && want instanceof HclType.ObjectType w) {
            return objects(g, w);
        }
        if (want.elementType() == HclType.DYNAMIC && want.isCollection()) {
            if (got instanceof HclType.TupleType && want instanceof HclType.ListType) {
                return "all list elements must have the same type";
            }
            if (got instanceof HclType.TupleType && want instanceof HclType.SetType) {
                return "all set elements must have the same type";
            }
            if (got instanceof HclType.ObjectType && want instanceof HclType.MapType) {
                return "all map elements must have the same type";
            }
        }
        return constraintName(want) + " required";
    }

    /** The type as a constraint is named in messages: {@code any} reads "any type". */
    static String constraintName(HclType type) {
        return type == HclType.DYNAMIC ? "any type" : type.friendlyName();
    }

    private static String objects(HclType.ObjectType got, HclType.ObjectType want) {
        List<String> missing = new ArrayList<>();
        String mismatch = null;
        for (Map.Entry<String, HclType> attr : want.attributes().entrySet()) {
            HclType gotType = got.attributes().get(attr.getKey());
            if (gotType == null) {
                missing.add(attr.getKey());
            } else if (!gotType.equals(attr.getValue())
                    && TypeConversion.conversion(gotType, attr.getValue(), true).isEmpty()) {
                mismatch = "attribute \"" + attr.getKey() + "\": " + describe(gotType, attr.getValue());
            }
        }
        if (missing.size() == 1) {
            return "attribute \"" + missing.get(0) + "\" is required";
        }
        if (missing.size() > 1) {
            List<String> quoted = missing.stream().map(n -> "\"" + n + "\"").toList();
            String head = quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", "));
            return "attributes " + head + ", and " + quoted.get(quoted.size() - 1) + " are required";
        }
        return mismatch != null ? mismatch : "incorrect object attributes";
    }
}
