package io.dataops.workbench.quality.secret;

import io.dataops.workbench.common.UserFacingException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES key that encrypts stored passwords, in a file OUTSIDE the workspace (so backups and copies of the
 * workspace hold only ciphertext): {@code ~/.config/dataops-workbench/secret.key}, mode 0600, created on
 * first need. Tests pass a temporary directory instead of the home directory.
 */
public final class SecretKeyFile {

    public static final String FILE_NAME = "secret.key";
    private static final int KEY_BYTES = 32;

    private final Path directory;

    public SecretKeyFile(Path directory) {
        this.directory = directory;
    }

    /** {@code ~/.config/dataops-workbench} (or {@code $XDG_CONFIG_HOME/dataops-workbench}). */
    public static SecretKeyFile inUserConfig(java.util.Map<String, String> environment) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return new SecretKeyFile(config.resolve("dataops-workbench"));
    }

    public Path path() {
        return directory.resolve(FILE_NAME);
    }

    /** The key, creating the file when there is none yet. */
    public SecretKey loadOrCreate() {
        Path file = path();
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file).trim());
            if (key.length != KEY_BYTES) {
                throw new UserFacingException("The secret key file " + file + " is damaged (wrong length).");
            }
            return new SecretKeySpec(key, "AES");
        } catch (IOException | IllegalArgumentException e) {
            throw new UserFacingException("Could not read the secret key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the key already exists (decrypting without it can only fail). */
    public boolean exists() {
        return Files.exists(path());
    }

    private void create(Path file) throws IOException {
        Files.createDirectories(directory);
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = Files.createTempFile(directory, "secret", ".tmp");
        try {
            restrictToOwner(temporary);
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key));
            // A concurrent first start may have created the key meanwhile: keep theirs, never overwrite a key.
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the file sits in the user's profile, which only the user can read.
        }
    }
}
