package io.dataops.workbench.quality.secret;

import io.dataops.workbench.common.UserFacingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/** AES-GCM encryption of passwords into {@code enc:v1:<base64(iv | ciphertext+tag)>} entries. */
public final class SecretCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeyFile keyFile;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(SecretKeyFile keyFile) {
        this.keyFile = keyFile;
    }

    public SecretRef.Encrypted encrypt(String plainText) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keyFile.loadOrCreate(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plainText.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return new SecretRef.Encrypted(SecretRef.ENCRYPTED_PREFIX + Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    public String decrypt(SecretRef.Encrypted entry) {
        if (!keyFile.exists()) {
            throw new UserFacingException("A stored password cannot be decrypted: the key file " + keyFile.path()
                    + " is missing (it stays on the machine where the password was saved). Enter the password again.");
        }
        try {
            byte[] in = Base64.getDecoder().decode(entry.token().substring(SecretRef.ENCRYPTED_PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keyFile.loadOrCreate(), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Never echo the entry: say which key failed and what to do.
            throw new UserFacingException("A stored password cannot be decrypted with the key " + keyFile.path()
                    + " (a different machine's key, or a damaged entry). Enter the password again.");
        }
    }
}
