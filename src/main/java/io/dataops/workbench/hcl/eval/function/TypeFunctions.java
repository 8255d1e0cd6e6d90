package io.dataops.workbench.hcl.eval.function;

import io.dataops.workbench.hcl.eval.ConversionException;
import io.dataops.workbench.hcl.eval.FunctionException;
import io.dataops.workbench.hcl.eval.HclFunction;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.hcl.eval.TypeConversion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;



/**
 * Terraform's type conversion functions: tostring, tonumber, tobool, tolist, toset, tomap. They convert as
 * HCL does (unsafe conversions allowed); null stays null, of the wanted type; unknown stays unknown.
 */
final class TypeFunctions {

    private TypeFunctions() {
    }

    static Map<String, HclFunction> all() {
        Map<String, HclFunction> f = new LinkedHashMap<>();
        f.put("tostring", to(HclType.STRING));
        f.put("tonumber", to(HclType.NUMBER));
        f.put("tobool", to(HclType.BOOL));
        f.put("tolist", to(HclType.list(HclType.DYNAMIC)));
        f.put("toset", to(HclType.set(HclType.DYNAMIC)));
        f.put("tomap", to(HclType.map(HclType.DYNAMIC)));
        return f;
    }

    private static HclFunction to(HclType want) {
        return DefinedFunction.of(List.of(new HclFunction.Parameter("v", HclType.DYNAMIC, true, true, true)), want, a -> {
            HclValue v = a.get(0);
            if (v.type() == HclType.DYNAMIC && !v.isKnown()) {
                return HclValue.unknown(want);
            }
            try {
                return TypeConversion.convert(v, want);
            } catch (ConversionException e) {
                String message = want.isPrimitive() && v.type().isPrimitive() && v.type() != want
                        ? "cannot convert \"" + (v.isKnown() && v.type() == HclType.STRING ? v.asString() : String.valueOf(v))
                          + "\" to " + want.friendlyName()
                        : "cannot convert " + v.type().friendlyName() + " to " + want.friendlyName().replace("dynamic", "any single type");
                throw FunctionException.argument(0, message);
            }
        }).returning(types -> want);
    }

}
