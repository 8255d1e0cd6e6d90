package io.dataops.workbench.terraform.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The configuration files of one module directory as Terraform picks them: {@code *.tf} and
 * {@code *.tf.json}, not hidden files or editor backups. Override files ({@code override.tf},
 * {@code *_override.tf}) merge into other blocks in Terraform; they are left out here so that they never
 * look like duplicates.
 */
final class ModuleFiles {

    private ModuleFiles() {
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile).filter(p -> isConfigFile(p.getFileName().toString()))
                    .sorted().toList();
        }
    }

    static boolean isConfigFile(String name) {
        if (name.startsWith(".") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"))) {
            return false;
        }
        if (!name.endsWith(".tf") && !name.endsWith(".tf.json")) {
            return false;
        }
        String stem = name.endsWith(".tf") ? name.substring(0, name.length() - 3) : name.substring(0, name.length() - 8);
        return !stem.equals("override") && !stem.endsWith("_override");
    }
}
