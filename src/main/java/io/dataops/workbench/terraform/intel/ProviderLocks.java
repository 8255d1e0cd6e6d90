package io.dataops.workbench.terraform.intel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The provider versions a project is locked to, from its {@code .terraform.lock.hcl}: source to version. */
public final class ProviderLocks {

    private static final Pattern PROVIDER = Pattern.compile(
            "provider\\s+\"([^\"]+)\"\\s*\\{[^}]*?\\bversion\\s*=\\s*\"([^\"]+)\"", Pattern.DOTALL);

    private ProviderLocks() {
    }

    public static Map<String, String> read(Path projectDir) {
        Path lock = projectDir.resolve(".terraform.lock.hcl");
        Map<String, String> versions = new LinkedHashMap<>();
        if (!Files.isRegularFile(lock)) {
            return versions;
        }
        try {
            Matcher matcher = PROVIDER.matcher(Files.readString(lock, StandardCharsets.UTF_8));
            while (matcher.find()) {
                versions.put(matcher.group(1), matcher.group(2));
            }
        } catch (IOException e) {
            // An unreadable lock file only means no version is known; the newest import is used.
        }
        return versions;
    }
}
