package io.dataops.workbench.terraform.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the block of a planned resource in the project's files, for "jump to the editor" and the editor's gutter:
 * the module path comes from the plan's module sources (local sources only), the block from its header line.
 * A header scan is enough here; the HCL parser is the editor's business. Each folder is read once per locator,
 * so locating every resource of a large plan reads each file once.
 */
public final class BlockLocator {

    private static final Pattern HEADER = Pattern.compile("^\\s*(resource|data)\\s+\"([^\"]+)\"\\s+\"([^\"]+)\"");

    private final Path projectDir;
    private final Plan plan;
    private final Map<Path, Map<String, BlockLocation>> headersByFolder = new HashMap<>();

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
        BlockLocation header = headers(folder.get()).get(key(keyword, change.type(), change.name()));
        return Optional.ofNullable(header).map(found -> new BlockLocation(change.address(), found.file(), found.line()));
    }

    /** The first header of each block in a folder's .tf files (files in name order), keyed by kind, type and name. */
    private Map<String, BlockLocation> headers(Path folder) {
        return headersByFolder.computeIfAbsent(folder, BlockLocator::scan);
    }

    private static Map<String, BlockLocation> scan(Path folder) {
        Map<String, BlockLocation> headers = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tf")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher header = HEADER.matcher(lines.get(i));
                    if (header.find()) {
                        headers.putIfAbsent(key(header.group(1), header.group(2), header.group(3)),
                                new BlockLocation("", file, i + 1));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return headers; // an unreadable folder just has no jump targets
        }
        return headers;
    }

    private static String key(String keyword, String type, String name) {
        return keyword + ' ' + type + ' ' + name;
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
