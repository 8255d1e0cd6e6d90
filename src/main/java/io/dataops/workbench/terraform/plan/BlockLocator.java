package io.dataops.workbench.terraform.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the block of a planned resource in the project's files, for "jump to the editor" and the editor's gutter:
 * the module path comes from the plan's module sources (local sources only), the block from its header line.
 * A header scan is enough here; the HCL parser is the editor's business.
 */
public final class BlockLocator {

    private final Path projectDir;
    private final Plan plan;

    public BlockLocator(Path projectDir, Plan plan) {
        this.projectDir = projectDir;
        this.plan = plan;
    }

    public Optional<BlockLocation> locate(ResourceChange change) {
        Optional<Path> folder = moduleFolder(change.moduleAddress());
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        String keyword = change.isManaged() ? "resource" : "data";
        Pattern header = Pattern.compile("^\\s*" + keyword + "\\s+\"" + Pattern.quote(change.type()) + "\"\\s+\""
                + Pattern.quote(change.name()) + "\"");
        try (Stream<Path> files = Files.list(folder.get())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tf")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (header.matcher(lines.get(i)).find()) {
                        return Optional.of(new BlockLocation(change.address(), file, i + 1));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty(); // an unreadable folder just has no jump target
        }
        return Optional.empty();
    }

    /** The folder of {@code module.a.module.b}: each call's local source resolved from its parent's folder. */
    Optional<Path> moduleFolder(String moduleAddress) {
        Path folder = projectDir;
        if (moduleAddress.isEmpty()) {
            return Optional.of(folder);
        }
        String[] parts = moduleAddress.split("\\.");
        StringBuilder call = new StringBuilder();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            String name = parts[i + 1].replaceAll("\\[.*$", ""); // module.x["key"] -> module.x
            call.append(call.length() == 0 ? "" : ".").append("module.").append(name);
            String source = plan.moduleSources().getOrDefault(call.toString(), "");
            if (!source.startsWith("./") && !source.startsWith("../")) {
                return Optional.empty();
            }
            folder = folder.resolve(source).normalize();
        }
        return Optional.of(folder);
    }
}
