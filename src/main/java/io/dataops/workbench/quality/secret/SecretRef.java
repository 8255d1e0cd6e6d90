package io.dataops.workbench.quality.secret;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a password is kept in the workspace: not at all, as a reference {@code ${env:NAME}} resolved at
 * connect time, or as an AES-GCM encrypted entry ({@code enc:v1:...}) whose key lives outside the
 * workspace. There is deliberately no plain-text variant.
 */
public sealed interface SecretRef {

    Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");
    String ENCRYPTED_PREFIX = "enc:v1:";

    /** The text stored in the workspace. */
    String stored();

    record None() implements SecretRef {
        @Override
        public String stored() {
            return "";
        }
    }

    record EnvVariable(String variable) implements SecretRef {
        @Override
        public String stored() {
            return "${env:" + variable + "}";
        }
    }

    record Encrypted(String token) implements SecretRef {
        @Override
        public String stored() {
            return token;
        }

        @Override
        public String toString() {
            return "Encrypted[...]";
        }
    }

    static SecretRef none() {
        return new None();
    }

    static SecretRef env(String variable) {
        return parse("${env:" + variable + "}");
    }

    /** Reads what {@link #stored()} wrote; anything else is refused, so plain text cannot slip in. */
    static SecretRef parse(String stored) {
        if (stored == null || stored.isEmpty()) {
            return none();
        }
        Matcher env = ENV_REFERENCE.matcher(stored.trim());
        if (env.matches()) {
            return new EnvVariable(env.group(1));
        }
        if (stored.startsWith(ENCRYPTED_PREFIX)) {
            return new Encrypted(stored);
        }
        throw new IllegalArgumentException("A password must be a reference ${env:NAME} or an encrypted entry;"
                + " plain text is never stored in the workspace.");
    }
}
