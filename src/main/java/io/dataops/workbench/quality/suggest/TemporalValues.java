package io.dataops.workbench.quality.suggest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the dates and timestamps a profile shows as text ("2024-03-31", "2024-03-31 12:00:00", ISO with offset). */
final class TemporalValues {

    private TemporalValues() {
    }

    /** The value as a UTC date-time; dates are midnight, offsets are applied. */
    static Optional<LocalDateTime> parse(String text) {
        String t = text.trim().replace(' ', 'T');
        try {
            if (t.length() == 10) {
                return Optional.of(LocalDate.parse(t).atStartOfDay());
            }
            try {
                return Optional.of(LocalDateTime.parse(t));
            } catch (DateTimeParseException e) {
                return Optional.of(OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
