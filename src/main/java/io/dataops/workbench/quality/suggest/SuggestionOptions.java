package io.dataops.workbench.quality.suggest;

import java.time.Duration;
import java.time.Instant;

/**
 * The thresholds the rules use; {@link #defaults()} follows Deequ's where it has one.
 *
 * @param maxCategories        at most this many distinct values make a column categorical (in set)
 * @param categoryCoverage     the top values covering this fraction of rows make a fractional in-set (mostly)
 * @param betweenMargin        the margin added on each side of an observed range, as a fraction of its width
 * @param minCompleteness      below this non-null fraction no completeness expectation is proposed
 * @param freshnessSlack       how much older than the newest value the data may get before it is stale
 * @param now                  the time freshness is judged against
 */
public record SuggestionOptions(int maxCategories, double categoryCoverage, double betweenMargin,
                                double minCompleteness, Duration freshnessSlack, Instant now) {

    public static SuggestionOptions defaults() {
        return new SuggestionOptions(10, 0.9, 0.1, 0.2, Duration.ofDays(1), Instant.now());
    }

    public SuggestionOptions withNow(Instant instant) {
        return new SuggestionOptions(maxCategories, categoryCoverage, betweenMargin, minCompleteness, freshnessSlack,
                instant);
    }

    public SuggestionOptions withBetweenMargin(double margin) {
        return new SuggestionOptions(maxCategories, categoryCoverage, margin, minCompleteness, freshnessSlack, now);
    }
}
