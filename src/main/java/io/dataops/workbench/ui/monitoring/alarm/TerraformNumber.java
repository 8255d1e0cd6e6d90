package io.dataops.workbench.ui.monitoring.alarm;

import java.math.BigDecimal;

/** A threshold as the user would type it: 80, not 80.0. */
final class TerraformNumber {

    private TerraformNumber() {
    }

    static String of(Double value) {
        return value == null ? "" : new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
