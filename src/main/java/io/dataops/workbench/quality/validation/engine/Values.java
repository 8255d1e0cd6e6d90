package io.dataops.workbench.quality.validation.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what JDBC drivers return into the JSON values Great Expectations reports (numbers, strings, booleans,
 * ISO date-times) and compares them as Python would (1 == 1.0, dates with dates). SQLite keeps dates as text:
 * a text value in a column declared DATE, DATETIME or TIMESTAMP is read back as the date it holds, as
 * SQLAlchemy does.
 */
public final class Values {

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private Values() {
    }

    public static Object normalize(Object value, String declaredType) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big.doubleValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof Float f) {
            return (double) f;
        }
        if (value instanceof Double || value instanceof Boolean) {
            return value;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return isoDateTime(timestamp.toLocalDateTime());
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return isoDateTime(dateTime);
        }
        if (value instanceof OffsetDateTime offset) {
            return isoDateTime(offset.toLocalDateTime()) + offset.getOffset().getId().replace("Z", "+00:00");
        }
        if (value instanceof LocalDate || value instanceof LocalTime) {
            return value.toString();
        }
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                return clob.toString();
            }
        }
        if (value instanceof String text) {
            return isTemporalType(declaredType) ? DateParsing.parseLenient(text).map(Values::isoTemporal).orElse(text) : text;
        }
        return value.toString();
    }

    public static boolean isTemporalType(String declaredType) {
        String type = declaredType == null ? "" : declaredType.toUpperCase(Locale.ROOT);
        return type.startsWith("DATE") || type.startsWith("TIMESTAMP");
    }

    private static Object isoTemporal(LocalDateTime dateTime) {
        return isoDateTime(dateTime);
    }

    /** Python's datetime.isoformat(): seconds always, microseconds only when not zero. */
    public static String isoDateTime(LocalDateTime dateTime) {
        String base = ISO_SECONDS.format(dateTime);
        int micros = dateTime.getNano() / 1000;
        return micros == 0 ? base : base + String.format(Locale.ROOT, ".%06d", micros);
    }

    public static long toLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static Optional<Double> toDouble(Object value) {
        if (value instanceof Number number) {
            return Optional.of(number.doubleValue());
        }
        if (value instanceof Boolean bool) {
            return Optional.of(bool ? 1.0 : 0.0);
        }
        return Optional.empty();
    }

    /** Equality as Python's == on JSON-like values: numbers by value, lists and maps element-wise. */
    public static boolean pyEquals(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        Optional<Double> x = numberOrBool(a);
        Optional<Double> y = numberOrBool(b);
        if (x.isPresent() && y.isPresent()) {
            return x.get().doubleValue() == y.get().doubleValue();
        }
        if (a instanceof List<?> l && b instanceof List<?> m) {
            if (l.size() != m.size()) {
                return false;
            }
            for (int i = 0; i < l.size(); i++) {
                if (!pyEquals(l.get(i), m.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> p && b instanceof Map<?, ?> q) {
            if (!p.keySet().equals(q.keySet())) {
                return false;
            }
            return p.keySet().stream().allMatch(k -> pyEquals(p.get(k), q.get(k)));
        }
        return a.equals(b);
    }

    private static Optional<Double> numberOrBool(Object value) {
        return value instanceof Number || value instanceof Boolean ? toDouble(value) : Optional.empty();
    }

    /** A total order for reporting: nulls first, then numbers, then text (by string form). */
    public static final Comparator<Object> ORDER = (a, b) -> {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        Optional<Double> x = numberOrBool(a);
        Optional<Double> y = numberOrBool(b);
        if (x.isPresent() && y.isPresent()) {
            return Double.compare(x.get(), y.get());
        }
        if (x.isPresent() != y.isPresent()) {
            return x.isPresent() ? -1 : 1;
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    };
}
