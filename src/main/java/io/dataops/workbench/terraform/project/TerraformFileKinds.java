package io.dataops.workbench.terraform.project;

import java.nio.file.Path;
import java.util.List;

/** Which files the editor shows and opens: Terraform configuration, variables files, and their JSON forms. */
public final class TerraformFileKinds {

    public static final List<String> EXTENSIONS = List.of(".tf", ".tf.json", ".tfvars", ".tfvars.json", ".hcl");

    private TerraformFileKinds() {
    }

    public static boolean isEditable(Path file) {
        return isEditable(file.getFileName().toString());
    }

    public static boolean isEditable(String name) {
        return EXTENSIONS.stream().anyMatch(name::endsWith) && name.length() > 4 && !name.startsWith(".");
    }

    /** Folders Terraform or git own, never shown: {@code .terraform}, {@code .git} and other dot folders. */
    public static boolean isHiddenFolder(String name) {
        return name.startsWith(".");
    }
}
