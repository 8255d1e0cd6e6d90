package io.dataops.workbench.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What a stale chart's badge says: when, and the gist of why. */
class StaleDataTest {

    private static final Instant SINCE = Instant.parse("2026-02-01T10:42:05Z");

    @Test
    void theUsualCloudWatchFailuresAreNamedShortly() {
        assertThat(badge("Could not get metric data: CloudWatch at the default credentials, region us-east-1,"
                + " endpoint http://127.0.0.1:4566 could not be reached (ConnectException: refused). Check the"
                + " network or the endpoint; the data shown is kept."))
                .isEqualTo("Stale since 10:42:05 — CloudWatch could not be reached");
        assertThat(badge("Could not get metric data: the AWS credentials of profile 'prod', region eu-west-1 have"
                + " expired (ExpiredToken). To go on, run `aws sso login --profile prod`, then try again."))
                .isEqualTo("Stale since 10:42:05 — The AWS credentials have expired");
    }

    @Test
    void anyOtherMessageGivesItsFirstClauseCutToABadgesLength() {
        assertThat(badge("Could not fetch metrics: the store is locked by another process. Close it."))
                .isEqualTo("Stale since 10:42:05 — The store is locked by another process");
        assertThat(badge("Could not fetch metrics: " + "x".repeat(200))).hasSize("Stale since 10:42:05 — ".length() + 70)
                .endsWith("…");
    }

    @Test
    void aDashboardThatNeverGotDataSaysSoInsteadOfSince() {
        assertThat(new StaleData(SINCE, "Could not get metric data: CloudWatch is throttling requests in us-east-1"
                + " (Throttling)", false, false).badge(ZoneOffset.UTC))
                .isEqualTo("No data — CloudWatch is throttling requests");
    }

    private static String badge(String message) {
        return new StaleData(SINCE, message, false, true).badge(ZoneOffset.UTC);
    }
}
