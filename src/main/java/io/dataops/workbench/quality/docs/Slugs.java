package io.dataops.workbench.quality.docs;

import io.dataops.workbench.quality.history.HistoryKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** File names for suites and series: readable, safe on every file system, and unique by a short hash. */
final class Slugs {

    private Slugs() {
    }

    static String of(String name) {
        String readable = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (readable.length() > 40) {
            readable = readable.substring(0, 40);
        }
        return (readable.isEmpty() ? "x" : readable) + "-" + hash(name).substring(0, 8);
    }

    static String of(HistoryKey key) {
        return of(key.suiteName() + "\u0000" + key.sourceName() + "\u0000" + key.asset());
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
