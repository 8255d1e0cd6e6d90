package io.dataops.workbench.hcl.eval.function;

import io.dataops.workbench.hcl.eval.FunctionTable;
import io.dataops.workbench.hcl.eval.HclFunction;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The common Terraform functions that need no files or network: strings, collections, numbers, type
 * conversions, encodings, CIDR math, and try/can. Unknown arguments give unknown results, as in Terraform.
 */
public final class TerraformFunctions {

    private static final FunctionTable TABLE = build();

    private TerraformFunctions() {
    }

    /** All of them by name. */
    public static FunctionTable table() {
        return TABLE;
    }

    private static FunctionTable build() {
        Map<String, HclFunction> all = new LinkedHashMap<>();
        all.putAll(StringFunctions.all());
        all.putAll(CollectionFunctions.all());
        all.putAll(SequenceFunctions.all());
        all.putAll(NumericFunctions.all());
        all.putAll(TypeFunctions.all());
        all.putAll(EncodingFunctions.all());
        all.putAll(NetworkFunctions.all());
        all.putAll(ErrorHandlingFunctions.all());
        return new FunctionTable(all);
    }
}
