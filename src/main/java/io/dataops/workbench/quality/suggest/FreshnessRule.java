package io.dataops.workbench.quality.suggest;

import io.dataops.workbench.quality.profile.ColumnKind;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.SemanticType;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.expectations.OurExtensions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A date/time column's newest value should stay recent: our freshness extension
 * ({@code dataops_expect_column_newest_value_to_be_recent}) with {@code max_age_seconds} = the newest value's
 * current age plus {@link SuggestionOptions#freshnessSlack()}, rounded up to the hour (GX 1.x has no freshness
 * expectation that runs on a relative window).
 */
public final class FreshnessRule implements SuggestionRule {

    public static final String ID = "freshness";
    private static final long HOUR = 3600;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Dates and timestamps should keep arriving: the newest value at most a set age old.";
    }

    @Override
    public List<Suggestion> suggest(ColumnProfile column, TableProfile table, SuggestionOptions options) {
        boolean temporal = column.kind() == ColumnKind.TEMPORAL || column.semanticType() == SemanticType.DATE_TEXT;
        Optional<LocalDateTime> newest = column.max().flatMap(TemporalValues::parse);
        if (!temporal || newest.isEmpty() || Observed.masked(column)) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.ofInstant(options.now(), ZoneOffset.UTC);
        Duration age = Duration.between(newest.get(), now);
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        long seconds = age.plus(options.freshnessSlack()).getSeconds();
        long maxAge = Math.max(HOUR, (seconds + HOUR - 1) / HOUR * HOUR);
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("column", column.name());
        kwargs.put("max_age_seconds", maxAge);
        double upper = Math.max(2.0 * maxAge, 90.0 * 24 * HOUR);
        return List.of(Suggestion.of(ID, column.name(), ExpectationConfig.of(OurExtensions.FRESHNESS, kwargs),
                        "newest value " + column.max().get() + " is " + describe(age) + " old",
                        StatisticRef.of(StatisticRef.Kind.NEWEST_VALUE))
                .withParameters(Suggestion.KWARGS, List.of(new SuggestionParameter("max_age_seconds",
                        "Maximum age of the newest value (seconds)", maxAge, HOUR, upper, HOUR, true))));
    }

    static String describe(Duration age) {
        long days = age.toDays();
        if (days >= 2) {
            return Observed.count(days) + " days";
        }
        long hours = age.toHours();
        return hours >= 1 ? hours + " hours" : age.toMinutes() + " minutes";
    }
}
