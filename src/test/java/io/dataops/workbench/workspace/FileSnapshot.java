package io.dataops.workbench.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file under a folder with its bytes and modification time, to prove nothing was touched. */
record FileSnapshot(Map<String, String> files) {

    static FileSnapshot of(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.getLastModifiedTime(path).toMillis() + " "
                        + Arrays.hashCode(Files.readAllBytes(path)) + " " + Files.size(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FileSnapshot(files);
    }
}
