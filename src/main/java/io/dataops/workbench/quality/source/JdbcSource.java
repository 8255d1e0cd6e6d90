package io.dataops.workbench.quality.source;

import io.dataops.workbench.quality.secret.SecretRef;

/**
 * A database reached over JDBC. The password is never held here in plain text: it is a reference to an
 * environment variable or an encrypted entry, resolved only when connecting.
 */
public record JdbcSource(String name, String url, String user, SecretRef password) implements DataSource {

    public static JdbcSource of(String url) {
        return new JdbcSource(url, url, "", SecretRef.none());
    }

    /** The URL with any password parameter hidden, for messages and lists. */
    @Override
    public String toString() {
        return "JdbcSource[name=" + name + ", url=" + io.dataops.workbench.quality.secret.Redaction.redact(url)
                + ", user=" + user + "]";
    }
}
