package io.dataops.workbench.quality.suite;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Import and export of suite files in Great Expectations' 1.x or 0.x JSON (both read; the version chosen on write). */
public final class SuiteFiles {

    private SuiteFiles() {
    }

    public static ExpectationSuite importFile(Path file) {
        return SuiteJson.read(file);
    }

    /** Writes through a temporary file so a failed export never leaves half a suite behind. */
    public static void export(ExpectationSuite suite, Path file, SuiteJson.Version version) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".suite", ".json");
            Files.writeString(temp, SuiteJson.write(suite, version));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException("Could not export the suite " + suite.name() + " to " + file + ": "
                    + e.getMessage() + ". Check that the folder exists and is writable.", e);
        }
    }
}
