package io.dataops.workbench.testsupport;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tests that need something from the machine (a terraform binary, the shared folder) call these.
 * On a developer machine a missing requirement skips the test and says why; on CI (CI=true) it
 * fails, so a broken build agent cannot turn a suite green by skipping it.
 */
public final class Requirements {

    private Requirements() {
    }

    /** The terraform binary on the PATH. */
    public static Path terraformBinary() {
        Optional<Path> binary = onPath("terraform");
        require(binary.isPresent(), "no terraform binary on the PATH");
        return binary.orElseThrow();
    }

    /** The {@code shared} folder next to the project ({@code ../shared}), holding team-wide material. */
    public static Path sharedDir() {
        Path shared = Path.of(System.getProperty("user.dir")).resolve("../shared").normalize();
        require(Files.isDirectory(shared), "the shared folder " + shared + " does not exist");
        return shared;
    }

    /** Skips the calling test with {@code reason} when {@code met} is false, or fails it when CI=true. */
    public static void require(boolean met, String reason) {
        if (met) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("Required on CI (CI=true) but missing: " + reason);
        }
        System.out.println("SKIPPED: " + reason);
        assumeTrue(false, reason);
    }

    /** The first executable named {@code command} on the PATH. */
    public static Optional<Path> onPath(String command) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
        return Stream.of(path.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry, windows ? command + ".exe" : command))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
