package io.dataops.workbench.quality.validation.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads dates written the common ways (ISO with T or space, fractions, "Jan 01 1970 12:00:01", "01/31/2010"),
 * close to what dateutil's parser accepts for the inputs suites and data hold. Used for date bounds given as
 * text, SQLite's text dates, and expect_column_values_to_be_dateutil_parseable.
 */
public final class DateParsing {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            isoLike('T'), isoLike(' '),
            pattern("MMM dd yyyy HH:mm:ss"), pattern("MMM d yyyy HH:mm:ss"), pattern("MMM d, yyyy HH:mm:ss"),
            pattern("M/d/yyyy HH:mm:ss"), pattern("M/d/yyyy H:mm"), pattern("yyyy/M/d HH:mm:ss"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, pattern("M/d/yyyy"), pattern("M-d-yyyy"), pattern("yyyy/M/d"),
            pattern("MMM d yyyy"), pattern("MMM d, yyyy"), pattern("d MMM yyyy"), pattern("MMMM d, yyyy"),
            pattern("MMMM d yyyy"), pattern("yyyyMMdd"));

    private DateParsing() {
    }

    public static Optional<LocalDateTime> parseLenient(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(value, format));
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(value, format).atStartOfDay());
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter isoLike(char separator) {
        return new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(separator)
                .appendPattern("HH:mm[:ss]").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
                .optionalEnd().optionalStart().appendPattern("[XXX][XX][X]").optionalEnd()
                .toFormatter(Locale.ROOT);
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
