package io.dataops.workbench.monitor.export;

import io.dataops.workbench.common.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an exported resource to a new {@code cloudwatch_<resource name>.tf} in a folder, never over an
 * existing file: the user's own Terraform may already use that name, so a free one ({@code _2}, {@code _3}...)
 * is taken instead.
 */
public final class TerraformExportFile {

    private static final Pattern RESOURCE = Pattern.compile("resource\\s+\"[^\"]+\"\\s+\"([^\"]+)\"");

    private TerraformExportFile() {
    }

    /** Writes {@code hcl} to a free name in {@code folder} (created if missing) and returns the file. */
    public static Path write(Path folder, String hcl) {
        String base = "cloudwatch_" + resourceName(hcl);
        try {
            Files.createDirectories(folder);
            for (int n = 1; ; n++) {
                Path file = folder.resolve(base + (n == 1 ? "" : "_" + n) + ".tf");
                try {
                    // CREATE_NEW makes "is the name free" and "write it" one step, so nothing is ever overwritten.
                    Files.writeString(file, hcl, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    return file;
                } catch (FileAlreadyExistsException taken) {
                    // try the next name
                }
            }
        } catch (IOException e) {
            throw new UserFacingException("Could not write the Terraform export to " + folder + ": " + e.getMessage()
                    + ". Check that the folder is writable, or open another project.", e);
        }
    }

    /** The first resource's name in {@code hcl}, or "export" when there is none. */
    static String resourceName(String hcl) {
        Matcher m = RESOURCE.matcher(hcl);
        return m.find() ? m.group(1).replaceAll("[^A-Za-z0-9_-]", "_") : "export";
    }
}
