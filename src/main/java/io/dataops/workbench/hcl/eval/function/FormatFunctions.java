package io.dataops.workbench.hcl.eval.function;

import io.dataops.workbench.hcl.eval.BigFloatMath;
import io.dataops.workbench.hcl.eval.ConversionException;
import io.dataops.workbench.hcl.eval.FunctionException;
import io.dataops.workbench.hcl.eval.HclFunction;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;
import io.dataops.workbench.hcl.eval.TypeConversion;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code format} and {@code formatlist}: cty's printf-like formatting. Verbs: {@code %v %#v %t %s %q %d %b %o
 * %x %X %e %E %f %g %G %%}, with flags ({@code - + 0 space #}), width, precision and explicit argument
 * indexes ({@code %[2]s}).
 */
final class FormatFunctions {

    private FormatFunctions() {
    }

    static HclFunction format() {
        return DefinedFunction.variadic(List.of(DefinedFunction.param("format", HclType.STRING)),
                DefinedFunction.param("args", HclType.DYNAMIC).nullable(), HclType.STRING,
                a -> HclValue.string(render(a.get(0).asString(), a.subList(1, a.size()))));
    }

    static HclFunction formatlist() {
        return DefinedFunction.variadic(List.of(DefinedFunction.param("format", HclType.STRING)),
                DefinedFunction.param("args", HclType.DYNAMIC).nullable(), HclType.list(HclType.STRING), a -> {
                    List<HclValue> args = a.subList(1, a.size());
                    int length = -1;
                    for (int i = 0; i < args.size(); i++) {
                        HclValue arg = args.get(i);
                        if (arg.type().isSequence() && !arg.isNull()) {
                            if (length >= 0 && arg.length() != length) {
                                throw FunctionException.argument(i + 1, "argument " + (i + 1) + " has length " + arg.length()
                                        + ", which is inconsistent with argument 1 of length " + length);
                            }
                            length = arg.length();
                        }
                    }
                    List<HclValue> lines = new ArrayList<>();
                    for (int row = 0; row < Math.max(length, 1) && !(length == 0); row++) {
                        List<HclValue> rowArgs = new ArrayList<>();
                        for (HclValue arg : args) {
                            rowArgs.add(arg.type().isSequence() && !arg.isNull() ? arg.elements().get(row) : arg);
                        }
                        lines.add(HclValue.string(render(a.get(0).asString(), rowArgs)));
                    }
                    return HclValue.list(HclType.STRING, lines);
                });
    }

    static String render(String format, List<HclValue> args) throws FunctionException {
        StringBuilder out = new StringBuilder();
        int next = 0;
        int used = 0;
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i < format.length() && format.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            StringBuilder flags = new StringBuilder();
            while (i < format.length() && "-+# 0".indexOf(format.charAt(i)) >= 0) {
                flags.append(format.charAt(i++));
            }
            int width = -1;
            int start = i;
            while (i < format.length() && Character.isDigit(format.charAt(i))) {
                i++;
            }
            if (i > start) {
                width = Integer.parseInt(format.substring(start, i));
            }
            int precision = -1;
            if (i < format.length() && format.charAt(i) == '.') {
                start = ++i;
                while (i < format.length() && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                precision = i > start ? Integer.parseInt(format.substring(start, i)) : 0;
            }
            if (i < format.length() && format.charAt(i) == '[') {
                int close = format.indexOf(']', i);
                if (close < 0) {
                    throw FunctionException.argument(0, "unclosed argument index");
                }
                next = Integer.parseInt(format.substring(i + 1, close)) - 1;
                i = close + 1;
            }
            if (i >= format.length()) {
                throw FunctionException.argument(0, "unterminated formatting verb at end of string");
            }
            char verb = format.charAt(i++);
            if (next < 0 || next >= args.size()) {
                throw FunctionException.call("not enough arguments for \"%" + verb + "\" at " + (i - 1)
                        + ": need index " + (next + 1) + " but have " + args.size() + " total");
            }
            HclValue arg = args.get(next++);
            used = Math.max(used, next);
            String text = verb(verb, flags.toString(), precision, arg, next);
            out.append(pad(text, width, flags.toString(), "dbeEfgGoxX".indexOf(verb) >= 0));
        }
        if (used < args.size()) {
            throw FunctionException.call("too many arguments; only " + used + " used by format string");
        }
        return out.toString();
    }

    private static String verb(char verb, String flags, int precision, HclValue arg, int argNumber) throws FunctionException {
        try {
            if (verb == 'v') {
                if (flags.contains("#")) {
                    return JsonCodec.encode(arg);
                }
                return arg.isNull() ? "null" : arg.type().isPrimitive()
                        ? TypeConversion.convert(arg, HclType.STRING).asString() : JsonCodec.encode(arg);
            }
            if (arg.isNull()) {
                throw FunctionException.argument(argNumber, "unsupported value for \"%" + verb + "\" at " + argNumber + ": null value cannot be formatted");
            }
            switch (verb) {
                case 't':
                    return Boolean.toString(TypeConversion.convert(arg, HclType.BOOL).asBool());
                case 's': {
                    String s = TypeConversion.convert(arg, HclType.STRING).asString();
                    return precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
                }
                case 'q': {
                    StringBuilder q = new StringBuilder();
                    JsonCodec.quote(TypeConversion.convert(arg, HclType.STRING).asString(), q);
                    return q.toString();
                }
                default:
                    return number(verb, flags, precision, TypeConversion.convert(arg, HclType.NUMBER).asNumber(), argNumber);
            }
        } catch (ConversionException e) {
            throw FunctionException.argument(argNumber, "unsupported value for \"%" + verb + "\" at " + argNumber + ": " + e.getMessage());
        }
    }

    private static String number(char verb, String flags, int precision, BigDecimal n, int argNumber) throws FunctionException {
        String sign = n.signum() < 0 ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
        BigDecimal abs = n.abs();
        String digits;
        switch (verb) {
            case 'd', 'b', 'o', 'x', 'X' -> {
                if (!BigFloatMath.isWhole(abs)) {
                    throw FunctionException.argument(argNumber, "unsupported value for \"%" + verb + "\" at " + argNumber
                            + ": a whole number is required");
                }
                BigInteger whole = abs.toBigIntegerExact();
                int radix = verb == 'd' ? 10 : verb == 'b' ? 2 : verb == 'o' ? 8 : 16;
                digits = whole.toString(radix);
                digits = verb == 'X' ? digits.toUpperCase() : digits;
            }
            case 'f' -> digits = abs.setScale(precision < 0 ? 6 : precision, RoundingMode.HALF_EVEN).toPlainString();
            case 'e', 'E' -> {
                digits = scientific(abs, precision < 0 ? 6 : precision);
                digits = verb == 'E' ? digits.toUpperCase() : digits;
            }
            case 'g', 'G' -> digits = precision < 0 ? BigFloatMath.format(abs)
                    : abs.round(new java.math.MathContext(Math.max(precision, 1), RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
            default -> throw FunctionException.argument(0, "unsupported format verb %" + verb);
        }
        return sign + digits;
    }

    private static String scientific(BigDecimal abs, int precision) {
        if (abs.signum() == 0) {
            return "0" + (precision > 0 ? "." + "0".repeat(precision) : "") + "e+00";
        }
        int exponent = abs.precision() - abs.scale() - 1;
        BigDecimal mantissa = abs.movePointLeft(exponent).setScale(precision, RoundingMode.HALF_EVEN);
        if (mantissa.compareTo(BigDecimal.TEN) >= 0) {
            exponent++;
            mantissa = abs.movePointLeft(exponent).setScale(precision, RoundingMode.HALF_EVEN);
        }
        String exp = String.format("%02d", Math.abs(exponent));
        return mantissa.toPlainString() + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    private static String pad(String text, int width, String flags, boolean numeric) {
        if (width < 0 || text.length() >= width) {
            return text;
        }
        String padding = (flags.contains("0") && !flags.contains("-") && numeric ? "0" : " ").repeat(width - text.length());
        if (flags.contains("-")) {
            return text + padding;
        }
        if (padding.startsWith("0") && (text.startsWith("-") || text.startsWith("+"))) {
            return text.charAt(0) + padding + text.substring(1);
        }
        return padding + text;
    }
}
