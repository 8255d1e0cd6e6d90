package io.dataops.workbench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.secret.Redaction;
import io.dataops.workbench.quality.secret.SecretCipher;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.secret.SecretRef;
import io.dataops.workbench.quality.secret.SecretResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords: env references, AES-GCM entries with a 0600 key file outside the workspace, redaction. */
class SecretsTest {

    @TempDir
    Path config;

    @Test
    void encryptedEntriesRoundTripAndTheKeyFileIsPrivate() throws Exception {
        SecretKeyFile keyFile = new SecretKeyFile(config.resolve("dataops-workbench"));
        assertThat(keyFile.exists()).isFalse();
        SecretCipher cipher = new SecretCipher(keyFile);
        SecretRef.Encrypted entry = cipher.encrypt("s3cret-pw");
        assertThat(entry.stored()).startsWith("enc:v1:").doesNotContain("s3cret");
        assertThat(entry.toString()).doesNotContain(entry.token());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.path()))).isEqualTo("rw-------");
        assertThat(cipher.decrypt((SecretRef.Encrypted) SecretRef.parse(entry.stored()))).isEqualTo("s3cret-pw");
        assertThat(cipher.encrypt("s3cret-pw").stored()).isNotEqualTo(entry.stored()); // A fresh IV each time.
    }

    @Test
    void anotherKeyCannotDecryptAndTheMessageHoldsNoSecret() {
        SecretRef.Encrypted entry = new SecretCipher(new SecretKeyFile(config.resolve("a"))).encrypt("pw-123");
        SecretCipher other = new SecretCipher(new SecretKeyFile(config.resolve("b")));
        other.encrypt("make the key");
        assertThatThrownBy(() -> other.decrypt(entry)).isInstanceOf(UserFacingException.class)
                .hasMessageNotContaining("pw-123").hasMessageNotContaining(entry.token());
    }

    @Test
    void envReferencesResolveAtConnectTimeAndPlainTextIsRefused() {
        SecretResolver resolver = new SecretResolver(Map.of("DB_PW", "from-env"),
                new SecretCipher(new SecretKeyFile(config)));
        assertThat(resolver.resolve(SecretRef.parse("${env:DB_PW}"))).hasValue("from-env");
        assertThat(resolver.resolve(SecretRef.none())).isEmpty();
        assertThatThrownBy(() -> resolver.resolve(SecretRef.env("MISSING")))
                .hasMessage("The password refers to the environment variable MISSING, which is not set.");
        assertThatThrownBy(() -> SecretRef.parse("hunter2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void redactionHidesPasswordsInUrlsAndMessages() {
        assertThat(Redaction.redact("jdbc:postgresql://h/db?user=a&password=pw1&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
        assertThat(Redaction.redact("jdbc:mysql://bob:pw2@host/db")).isEqualTo("jdbc:mysql://bob:***@host/db");
        assertThat(Redaction.redact("failed for pw3 on host", "pw3")).isEqualTo("failed for *** on host");
    }
}
