package io.dataops.workbench.workspace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Copies the sample Terraform projects from the classpath to the workspace folder. A folder inside
 * a jar cannot be listed, so {@code samples/index.txt} names every file.
 */
final class TerraformSamples {

    private static final String ROOT = "/samples/";

    private TerraformSamples() {
    }

    /** Copies every listed file that is not there yet; a file the user already edited is kept. */
    static void copyTo(Path samplesDirectory) {
        for (String file : index()) {
            Path target = samplesDirectory.resolve(file).normalize();
            if (!target.startsWith(samplesDirectory) || Files.exists(target)) {
                continue;
            }
            try (InputStream content = open(file)) {
                Files.createDirectories(target.getParent());
                Files.copy(content, target);
            } catch (IOException e) {
                throw new WorkspaceException("Could not write the sample file " + target + ": " + e.getMessage()
                        + ". Check that the workspace folder is writable.", e);
            }
        }
    }

    static List<String> index() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open("index.txt"),
                StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream content = TerraformSamples.class.getResourceAsStream(ROOT + file);
        if (content == null) {
            // A packaging mistake, not something the user can fix.
            throw new IllegalStateException("Sample resource missing from the build: " + ROOT + file);
        }
        return content;
    }
}
