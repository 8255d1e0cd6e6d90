package io.dataops.workbench.ui.monitoring.browser;

import io.dataops.workbench.monitor.cloudwatch.CloudWatchMetricCatalog.Fetch;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** "fetched 5 min ago · 1,234 metrics (recently active only)": how old the cached list is, in words. */
final class CacheAge {

    private CacheAge() {
    }

    static String describe(Optional<Fetch> last, Instant now) {
        if (last.isEmpty()) {
            return "Not fetched yet: press Refresh from CloudWatch";
        }
        Fetch fetch = last.get();
        return "fetched " + ago(Duration.between(fetch.fetchedAt(), now)) + " · "
                + String.format(Locale.ROOT, "%,d", fetch.metrics()) + (fetch.metrics() == 1 ? " metric" : " metrics")
                + fetch.namespace().map(n -> " in " + n).orElse("")
                + (fetch.recentlyActive() ? " (recently active only)" : "");
    }

    static String ago(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + " min ago";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h ago";
        }
        return hours / 24 + " days ago";
    }
}
