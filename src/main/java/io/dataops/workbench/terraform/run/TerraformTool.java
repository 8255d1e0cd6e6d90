package io.dataops.workbench.terraform.run;

import io.dataops.workbench.terraform.plan.ToolFlavor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The terraform or tofu program to run and the environment it gets: the AWS profile and region from Settings as
 * the standard variables, no update check, no prompts.
 */
public record TerraformTool(String binary, Optional<String> awsProfile, Optional<String> awsRegion) {

    public TerraformTool {
        binary = binary == null || binary.isBlank() ? "terraform" : binary.strip();
    }

    public static TerraformTool of(String binary) {
        return new TerraformTool(binary, Optional.empty(), Optional.empty());
    }

    public ToolFlavor flavor() {
        return ToolFlavor.ofBinary(binary);
    }

    /** The variables added to (or replacing those of) the workbench's own environment. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CHECKPOINT_DISABLE", "1");
        env.put("TF_INPUT", "0");
        env.put("TF_IN_AUTOMATION", "1");
        awsProfile.ifPresent(profile -> env.put("AWS_PROFILE", profile));
        awsRegion.ifPresent(region -> {
            env.put("AWS_REGION", region);
            env.put("AWS_DEFAULT_REGION", region);
        });
        return env;
    }

    /** What to tell the user when the program cannot be started. */
    String notFoundMessage(String reason) {
        return "Could not run '" + binary + "' (" + reason + "). Plans need Terraform or OpenTofu: install it and set"
                + " its path under Settings \u2192 Terraform binary (or put 'terraform' on the PATH). Editing the"
                + " configuration works without it.";
    }
}
