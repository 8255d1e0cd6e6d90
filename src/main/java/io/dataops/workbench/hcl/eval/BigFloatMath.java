package io.dataops.workbench.hcl.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * HCL numbers are go-cty numbers: Go {@code big.Float}s with a 512-bit binary mantissa, rounded to
 * nearest-even after every operation. We keep them as {@link BigDecimal}s holding the exact value of such a
 * binary float, and round here after each operation, so that results match HCL digit for digit (the spec
 * suite's {@code 11 % 5.1} expects the binary rounding error of 5.1 in its 155th digit).
 */
public final class BigFloatMath {

    /** Mantissa bits of a cty number. */
    static final int PRECISION = 512;
    /** Beyond this decimal exponent we keep values unrounded: rounding them would cost time out of proportion. */
    private static final int MAX_EXPONENT = 20_000;
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private BigFloatMath() {
    }

    /** Parses a decimal number literal (digits, optional fraction and exponent) into a 512-bit float. */
    public static BigDecimal parse(String text) {
        return round(new BigDecimal(text));
    }

    public static BigDecimal add(BigDecimal a, BigDecimal b) {
        return round(a.add(b));
    }

    public static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return round(a.subtract(b));
    }

    public static BigDecimal multiply(BigDecimal a, BigDecimal b) {
        return round(a.multiply(b));
    }

    /** a / b, correctly rounded; b must not be zero. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (a.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigInteger[] x = rational(a);
        BigInteger[] y = rational(b);
        BigInteger num = x[0].multiply(y[1]);
        BigInteger den = x[1].multiply(y[0]);
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        return roundRational(num, den);
    }

    /**
     * a % b the way cty computes it: truncate the rounded quotient to an integer, then subtract; the
     * result has the sign of a. As in cty, x % 0 is x.
     */
    public static BigDecimal modulo(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            return a;
        }
        BigDecimal quotient = divide(a, b).setScale(0, RoundingMode.DOWN);
        return subtract(a, multiply(b, round(quotient)));
    }

    /** Rounds an exact value to the nearest 512-bit binary float (ties to even). */
    public static BigDecimal round(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        int exponent = value.precision() - value.scale();
        if (Math.abs(exponent) > MAX_EXPONENT || value.scale() > MAX_EXPONENT * 2) {
            return value.stripTrailingZeros();
        }
        if (value.scale() <= 0) {
            BigInteger whole = value.toBigIntegerExact();
            if (whole.abs().bitLength() <= PRECISION) {
                return value.stripTrailingZeros();
            }
            return roundRational(whole, BigInteger.ONE);
        }
        BigInteger[] r = rational(value);
        return roundRational(r[0], r[1]);
    }

    /** True if the value is a whole number. */
    public static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /**
     * The shortest decimal that reads back as the same 512-bit float, as Go's {@code Text('f', -1)} prints it
     * (cty's number-to-string conversion and JSON encoding).
     */
    public static String format(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal exact = value.stripTrailingZeros();
        if (Math.abs(exact.precision() - exact.scale()) > MAX_EXPONENT || exact.precision() <= 15) {
            return exact.toPlainString();
        }
        BigInteger[] mantExp = binary(exact.abs());
        if (mantExp.length == 0) {
            return exact.toPlainString();
        }
        BigInteger mantissa = mantExp[0];
        int ulpExponent = mantExp[1].intValueExact() + mantissa.bitLength() - PRECISION;
        BigDecimal halfUlp = powerOfTwo(ulpExponent - 1);
        boolean inclusive = mantissa.bitLength() < PRECISION || !mantissa.testBit(0);
        for (int digits = 1; digits < exact.precision(); digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            int cmp = candidate.subtract(exact).abs().compareTo(halfUlp);
            if (cmp < 0 || (cmp == 0 && inclusive)) {
                return candidate.stripTrailingZeros().toPlainString();
            }
        }
        return exact.toPlainString();
    }

    /** |value| = mantissa * 2^exponent with an odd mantissa, or no elements if value is no binary fraction. */
    private static BigInteger[] binary(BigDecimal abs) {
        BigInteger mantissa;
        int exponent;
        if (abs.scale() <= 0) {
            mantissa = abs.toBigIntegerExact();
            exponent = 0;
        } else {
            BigInteger[] qr = abs.unscaledValue().divideAndRemainder(FIVE.pow(abs.scale()));
            if (qr[1].signum() != 0) {
                // Not a binary fraction (a value built outside this class): print it as it is.
                return new BigInteger[0];
            }
            mantissa = qr[0];
            exponent = -abs.scale();
        }
        int zeros = mantissa.getLowestSetBit();
        if (zeros > 0) {
            mantissa = mantissa.shiftRight(zeros);
            exponent += zeros;
        }
        return new BigInteger[] {mantissa, BigInteger.valueOf(exponent)};
    }

    /** num/den (den > 0) rounded to PRECISION bits, as an exact BigDecimal. */
    private static BigDecimal roundRational(BigInteger num, BigInteger den) {
        boolean negative = num.signum() < 0;
        BigInteger n = num.abs();
        int shift = PRECISION - (n.bitLength() - den.bitLength());
        BigInteger[] qr = divideShifted(n, den, shift);
        while (qr[0].bitLength() > PRECISION) {
            shift--;
            qr = divideShifted(n, den, shift);
        }
        while (qr[0].bitLength() < PRECISION) {
            shift++;
            qr = divideShifted(n, den, shift);
        }
        BigInteger mantissa = qr[0];
        BigInteger divisor = shift >= 0 ? den : den.shiftLeft(-shift);
        int half = qr[1].shiftLeft(1).compareTo(divisor);
        if (half > 0 || (half == 0 && mantissa.testBit(0))) {
            mantissa = mantissa.add(BigInteger.ONE);
        }
        BigDecimal result = new BigDecimal(mantissa).multiply(powerOfTwo(-shift));
        result = result.stripTrailingZeros();
        return negative ? result.negate() : result;
    }

    /** floor(n * 2^shift / den) and the remainder (relative to den * 2^-shift when shift < 0). */
    private static BigInteger[] divideShifted(BigInteger n, BigInteger den, int shift) {
        if (shift >= 0) {
            return n.shiftLeft(shift).divideAndRemainder(den);
        }
        return n.divideAndRemainder(den.shiftLeft(-shift));
    }

    private static BigDecimal powerOfTwo(int exponent) {
        if (exponent >= 0) {
            return new BigDecimal(BigInteger.ONE.shiftLeft(exponent));
        }
        return new BigDecimal(FIVE.pow(-exponent), -exponent);
    }

    /** value = [numerator, denominator] with a positive denominator. */
    private static BigInteger[] rational(BigDecimal value) {
        if (value.scale() <= 0) {
            return new BigInteger[] {value.toBigIntegerExact(), BigInteger.ONE};
        }
        return new BigInteger[] {value.unscaledValue(), BigInteger.TEN.pow(value.scale())};
    }
}
