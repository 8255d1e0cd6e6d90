package io.dataops.workbench.quality.secret;

import io.dataops.workbench.common.UserFacingException;
import java.util.Map;
import java.util.Optional;

/** Turns a stored reference into the password at connect time; the result is never logged or stored. */
public final class SecretResolver {

    private final Map<String, String> environment;
    private final SecretCipher cipher;

    public SecretResolver(Map<String, String> environment, SecretCipher cipher) {
        this.environment = Map.copyOf(environment);
        this.cipher = cipher;
    }

    /** Empty for {@link SecretRef.None}. */
    public Optional<String> resolve(SecretRef ref) {
        if (ref instanceof SecretRef.EnvVariable env) {
            String value = environment.get(env.variable());
            if (value == null) {
                throw new UserFacingException("The password refers to the environment variable " + env.variable()
                        + ", which is not set.");
            }
            return Optional.of(value);
        }
        if (ref instanceof SecretRef.Encrypted encrypted) {
            return Optional.of(cipher.decrypt(encrypted));
        }
        return Optional.empty();
    }
}
