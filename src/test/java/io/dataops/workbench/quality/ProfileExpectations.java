package io.dataops.workbench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.HistogramBin;
import io.dataops.workbench.quality.profile.SemanticType;
import io.dataops.workbench.quality.profile.TableProfile;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks a profile of {@link Dataset} against the statistics computed in Java; the same for every engine. */
final class ProfileExpectations {

    private ProfileExpectations() {
    }

    static void check(TableProfile profile, Dataset data) {
        assertThat(profile.rowCount()).isEqualTo(data.rows().size());
        assertThat(profile.columnCount()).isEqualTo(Dataset.COLUMNS.length);
        assertThat(profile.duplicateRows()).hasValue(3);
        assertThat(profile.newestTimestamp()).hasValueSatisfying(t -> assertThat(t).startsWith(
                data.nonNull(3).stream().map(Object::toString).max(Comparator.naturalOrder()).orElseThrow()));
        // H2 upper-cases unquoted names; the quoted ones keep their case.
        assertThat(profile.columns()).extracting(ColumnProfile::name)
                .usingElementComparator(String.CASE_INSENSITIVE_ORDER).containsExactly(Dataset.COLUMNS);

        for (int i : new int[] {0, 1, 4}) {
            checkNumeric(profile.columns().get(i), data, i);
        }
        checkText(profile.columns().get(2), data, 2);
        checkText(profile.columns().get(5), data, 5);

        ColumnProfile created = profile.columns().get(3);
        assertThat(created.semanticType()).isIn(SemanticType.DATE, SemanticType.DATE_TEXT, SemanticType.TIMESTAMP);
        assertThat(created.distinctCount()).hasValue(data.distinct(3));
        assertThat(created.min()).hasValueSatisfying(v -> assertThat(v).startsWith("2024-01-01"));
        if (!created.histogram().isEmpty()) {
            assertThat(created.histogram()).hasSize(20);
            assertThat(created.histogram().stream().mapToLong(HistogramBin::count).sum()).isEqualTo(data.rows().size());
        }

        ColumnProfile allNull = profile.columns().get(6);
        assertThat(allNull.nullCount()).isEqualTo(data.rows().size());
        assertThat(allNull.nullRatio()).isEqualTo(1.0);
        assertThat(allNull.semanticType()).isEqualTo(SemanticType.EMPTY);
        assertThat(allNull.min()).isEmpty();
        assertThat(allNull.topValues()).isEmpty();
    }

    private static void checkNumeric(ColumnProfile column, Dataset data, int index) {
        double[] values = data.numbers(index);
        assertThat(column.nullCount()).as(column.name() + " nulls").isEqualTo(data.nulls(index));
        assertThat(column.distinctCount()).as(column.name() + " distinct").hasValue(data.distinct(index));
        assertThat(column.distinctIsApproximate()).isFalse();
        assertThat(Double.parseDouble(column.min().orElseThrow())).isEqualTo(values[0]);
        assertThat(Double.parseDouble(column.max().orElseThrow())).isEqualTo(values[values.length - 1]);
        var stats = column.numeric().orElseThrow();
        assertThat(stats.sum()).isCloseTo(Arrays.stream(values).sum(), within(1e-6));
        assertThat(stats.mean()).isCloseTo(Arrays.stream(values).average().orElseThrow(), within(1e-9));
        assertThat(stats.stddev()).hasValueSatisfying(s -> assertThat(s).isCloseTo(Dataset.stddev(values), within(1e-6)));
        assertThat(stats.zeros()).isEqualTo(Arrays.stream(values).filter(v -> v == 0).count());
        assertThat(stats.negatives()).isEqualTo(Arrays.stream(values).filter(v -> v < 0).count());
        assertThat(stats.quantiles()).containsOnlyKeys("0.05", "0.25", "0.5", "0.75", "0.95");
        stats.quantiles().forEach((q, v) -> assertThat(v).as(column.name() + " q" + q)
                .isCloseTo(Dataset.quantile(values, Double.parseDouble(q)), within(1e-9)));
        assertThat(column.histogram()).hasSize(20);
        assertThat(column.histogram().stream().mapToLong(HistogramBin::count).sum()).isEqualTo(values.length);
        double low = values[0];
        double width = (values[values.length - 1] - low) / 20;
        long[] expected = new long[20];
        for (double v : values) {
            expected[Math.min(19, (int) Math.floor((v - low) / width))]++;
        }
        assertThat(column.histogram().stream().mapToLong(HistogramBin::count).toArray()).isEqualTo(expected);
        Map<Object, Long> counts = data.nonNull(index).stream()
                .collect(Collectors.groupingBy(v -> ((Number) v).doubleValue(), Collectors.counting()));
        long topCount = counts.values().stream().max(Long::compare).orElseThrow();
        if (column.distinctCount().getAsLong() < values.length) {
            assertThat(column.topValues().get(0).count()).isEqualTo(topCount);
            assertThat(column.topValues()).hasSizeLessThanOrEqualTo(10);
        }
    }

    private static void checkText(ColumnProfile column, Dataset data, int index) {
        var values = data.nonNull(index).stream().map(String.class::cast).toList();
        assertThat(column.nullCount()).as(column.name() + " nulls").isEqualTo(data.nulls(index));
        assertThat(column.distinctCount()).hasValue(data.distinct(index));
        var text = column.text().orElseThrow();
        assertThat(text.emptyStrings()).isEqualTo(values.stream().filter(String::isEmpty).count());
        assertThat(text.minLength()).isEqualTo(values.stream().mapToInt(String::length).min().orElseThrow());
        assertThat(text.maxLength()).isEqualTo(values.stream().mapToInt(String::length).max().orElseThrow());
        assertThat(text.meanLength()).isCloseTo(values.stream().mapToInt(String::length).average().orElseThrow(),
                within(1e-9));
        Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        var expectedTop = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10).toList();
        assertThat(column.topValues()).hasSize(expectedTop.size());
        for (int i = 0; i < expectedTop.size(); i++) {
            assertThat(column.topValues().get(i).count()).isEqualTo(expectedTop.get(i).getValue());
        }
        assertThat(column.sampleValues()).isNotEmpty().allSatisfy(v -> assertThat(values).contains(v));
    }
}
