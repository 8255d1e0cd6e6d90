package io.dataops.workbench.quality.validation.engine;

import io.dataops.workbench.quality.validation.InvalidExpectationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a Great Expectations {@code {"$PARAMETER": "..."}} kwarg: arithmetic on numbers and the date
 * functions suites use — {@code now()}, {@code datetime(y, m, d[, H, M, S])} and
 * {@code timedelta(weeks=.., days=.., hours=.., minutes=.., seconds=..)}. Named parameters other than these
 * are not known to a single run and are refused.
 */
public final class EvaluationParameters {

    private final String text;
    private final LocalDateTime now;
    private int at;

    private EvaluationParameters(String text, LocalDateTime now) {
        this.text = text;
        this.now = now;
    }

    /** The value of a kwarg: a $PARAMETER object evaluated, anything else unchanged. */
    public static Object resolve(Object kwarg, LocalDateTime now) {
        if (kwarg instanceof Map<?, ?> map && map.containsKey("$PARAMETER")) {
            return evaluate(String.valueOf(map.get("$PARAMETER")), now);
        }
        return kwarg;
    }

    public static Object evaluate(String expression, LocalDateTime now) {
        EvaluationParameters parser = new EvaluationParameters(expression, now);
        Object value = parser.sum();
        parser.skipSpace();
        if (parser.at != expression.length()) {
            throw parser.error();
        }
        return value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) d.longValue() : value;
    }

    private Object sum() {
        Object left = product();
        while (true) {
            skipSpace();
            if (eat('+')) {
                left = add(left, product(), 1);
            } else if (eat('-')) {
                left = add(left, product(), -1);
            } else {
                return left;
            }
        }
    }

    private Object product() {
        Object left = factor();
        while (true) {
            skipSpace();
            if (eat('*')) {
                left = number(left) * number(factor());
            } else if (eat('/')) {
                left = number(left) / number(factor());
            } else {
                return left;
            }
        }
    }

    private Object factor() {
        skipSpace();
        if (eat('(')) {
            Object value = sum();
            expect(')');
            return value;
        }
        if (eat('-')) {
            return -number(factor());
        }
        int start = at;
        if (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
            return Double.parseDouble(text.substring(start, at));
        }
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        String name = text.substring(start, at);
        skipSpace();
        if (name.isEmpty() || !eat('(')) {
            throw new InvalidExpectationException("Unknown evaluation parameter '" + name + "' in '" + text
                    + "': only now(), datetime(...) and timedelta(...) can be evaluated without a run's parameters.");
        }
        List<Object> args = new ArrayList<>();
        Map<String, Object> named = new HashMap<>();
        skipSpace();
        if (!eat(')')) {
            do {
                skipSpace();
                int mark = at;
                while (at < text.length() && (Character.isLetter(text.charAt(at)) || text.charAt(at) == '_')) {
                    at++;
                }
                String key = text.substring(mark, at);
                skipSpace();
                if (!key.isEmpty() && eat('=')) {
                    named.put(key, sum());
                } else {
                    at = mark;
                    args.add(sum());
                }
                skipSpace();
            } while (eat(','));
            expect(')');
        }
        return call(name, args, named);
    }

    private Object call(String name, List<Object> args, Map<String, Object> named) {
        switch (name) {
            case "now":
                return now;
            case "datetime": {
                int[] parts = new int[6];
                for (int i = 0; i < args.size() && i < 6; i++) {
                    parts[i] = (int) number(args.get(i));
                }
                return LocalDateTime.of(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
            }
            case "timedelta": {
                double seconds = 0;
                seconds += number(named.getOrDefault("weeks", 0.0)) * 7 * 86400;
                seconds += number(named.getOrDefault("days", args.isEmpty() ? 0.0 : args.get(0))) * 86400;
                seconds += number(named.getOrDefault("hours", 0.0)) * 3600;
                seconds += number(named.getOrDefault("minutes", 0.0)) * 60;
                seconds += number(named.getOrDefault("seconds", 0.0));
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
            default:
                throw new InvalidExpectationException("Unknown function " + name + "() in evaluation parameter '" + text + "'.");
        }
    }

    private Object add(Object left, Object right, int sign) {
        if (left instanceof LocalDateTime time && right instanceof Duration duration) {
            return sign > 0 ? time.plus(duration) : time.minus(duration);
        }
        if (left instanceof Duration a && right instanceof Duration b) {
            return sign > 0 ? a.plus(b) : a.minus(b);
        }
        return number(left) + sign * number(right);
    }

    private double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw error();
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private boolean eat(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpace();
        if (!eat(c)) {
            throw error();
        }
    }

    private InvalidExpectationException error() {
        return new InvalidExpectationException("Cannot evaluate the parameter '" + text + "' (at character " + at + ").");
    }
}
