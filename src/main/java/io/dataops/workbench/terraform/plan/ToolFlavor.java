package io.dataops.workbench.terraform.plan;

import java.nio.file.Path;
import java.util.Locale;

/** Terraform and OpenTofu word their plan summaries slightly differently (OpenTofu counts forgets). */
public enum ToolFlavor {
    TERRAFORM("Terraform"), OPENTOFU("OpenTofu");

    private final String productName;

    ToolFlavor(String productName) {
        this.productName = productName;
    }

    public String productName() {
        return productName;
    }

    /** {@code tofu} (any path, any extension) is OpenTofu; everything else is taken for Terraform. */
    public static ToolFlavor ofBinary(String binary) {
        Path file = Path.of(binary).getFileName();
        String name = file == null ? binary : file.toString().toLowerCase(Locale.ROOT);
        return name.startsWith("tofu") ? OPENTOFU : TERRAFORM;
    }
}
