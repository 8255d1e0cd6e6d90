package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.parser.HclParser;
import io.dataops.workbench.hcl.parser.IncrementalParser;
import io.dataops.workbench.hcl.parser.TextEdit;
import io.dataops.workbench.hcl.tree.ConfigFile;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Parses one configuration file into its {@link FileFacts}: native syntax directly (re-parsing only the
 * edited blocks when the previous parse is at hand), JSON syntax through {@link JsonConfigConverter}.
 */
final class FileLoader {

    private FileLoader() {
    }

    /** @param displayName the file name diagnostics carry (relative to the root module, like Terraform's) */
    static FileFacts load(Path path, String displayName, String text, Optional<FileFacts> previous) {
        ConfigFile parsed;
        if (path.getFileName().toString().endsWith(".json")) {
            parsed = JsonConfigConverter.parse(text, displayName);
        } else if (previous.isPresent() && previous.get().parsed().filename().equals(displayName)
                && !path.getFileName().toString().endsWith(".json")) {
            parsed = IncrementalParser.reparse(previous.get().parsed(), edit(previous.get().parsed().source(), text));
        } else {
            parsed = HclParser.parse(text, displayName);
        }
        return DeclarationReader.read(path, parsed);
    }

    /** The single replacement that turns {@code before} into {@code after} (common prefix and suffix kept). */
    static TextEdit edit(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextEdit(prefix, before.length() - suffix, after.substring(prefix, after.length() - suffix));
    }
}
