package io.dataops.workbench.hcl.eval;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** cty's conversion and unification rules, as HCL and Terraform rely on them. */
class ConversionTest {

    private static HclValue convert(HclValue v, HclType t) throws ConversionException {
        return TypeConversion.convert(v, t);
    }

    @Test
    void primitivesConvertBothWaysWhereTheValueAllows() throws ConversionException {
        assertEquals(HclValue.string("1.5"), convert(EvalFixture.number("1.50"), HclType.STRING));
        assertEquals(HclValue.string("true"), convert(HclValue.TRUE, HclType.STRING));
        assertEquals(EvalFixture.number("12"), convert(HclValue.string("12"), HclType.NUMBER));
        assertEquals(EvalFixture.number("-0.5"), convert(HclValue.string("-.5"), HclType.NUMBER));
        assertEquals(HclValue.TRUE, convert(HclValue.string("1"), HclType.BOOL));
        assertEquals(HclValue.FALSE, convert(HclValue.string("false"), HclType.BOOL));
        ConversionException nan = assertThrows(ConversionException.class, () -> convert(HclValue.string("x"), HclType.NUMBER));
        assertEquals("a number is required", nan.getMessage());
        assertEquals("a bool is required",
                assertThrows(ConversionException.class, () -> convert(HclValue.string("yes"), HclType.BOOL)).getMessage());
        assertEquals("bool required",
                assertThrows(ConversionException.class, () -> convert(EvalFixture.number("1"), HclType.BOOL)).getMessage());
    }

    @Test
    void nullAndUnknownKeepTheirStateAndTakeTheWantedType() throws ConversionException {
        assertEquals(HclValue.nullOf(HclType.STRING), convert(HclValue.NULL, HclType.STRING));
        assertEquals(HclValue.unknown(HclType.list(HclType.STRING)), convert(HclValue.DYNAMIC_UNKNOWN, HclType.list(HclType.STRING)));
        assertEquals(HclValue.unknown(HclType.STRING), convert(HclValue.unknown(HclType.NUMBER), HclType.STRING));
    }

    @Test
    void tuplesBecomeListsOfTheirUnifiedElementType() throws ConversionException {
        HclValue tuple = HclValue.tuple(List.of(EvalFixture.number("1"), HclValue.string("a")));
        assertEquals(HclValue.list(HclType.STRING, List.of(HclValue.string("1"), HclValue.string("a"))),
                convert(tuple, HclType.list(HclType.DYNAMIC)));
        assertEquals(HclValue.list(HclType.DYNAMIC, List.of()), convert(HclValue.EMPTY_TUPLE, HclType.list(HclType.DYNAMIC)));
        HclValue mixed = HclValue.tuple(List.of(EvalFixture.number("1"), HclValue.tuple(List.of())));
        assertEquals("all list elements must have the same type",
                assertThrows(ConversionException.class, () -> convert(mixed, HclType.list(HclType.DYNAMIC))).getMessage());
    }

    @Test
    void objectsBecomeMapsAndObjectsOfFewerAttributes() throws ConversionException {
        HclValue object = HclValue.object(Map.of("a", EvalFixture.number("1"), "b", HclValue.string("x")));
        assertEquals(HclValue.map(HclType.STRING, Map.of("a", HclValue.string("1"), "b", HclValue.string("x"))),
                convert(object, HclType.map(HclType.DYNAMIC)));
        HclType onlyA = HclType.object(Map.of("a", HclType.STRING));
        assertEquals(HclValue.object(Map.of("a", HclValue.string("1"))), convert(object, onlyA));
        HclType needsC = HclType.object(Map.of("c", HclType.STRING));
        assertEquals("attribute \"c\" is required", assertThrows(ConversionException.class, () -> convert(object, needsC)).getMessage());
    }

    @Test
    void listsBecomeSetsOnlyUnsafely() {
        assertTrue(TypeConversion.conversion(HclType.list(HclType.STRING), HclType.set(HclType.STRING), true).isPresent());
        assertFalse(TypeConversion.conversion(HclType.list(HclType.STRING), HclType.set(HclType.STRING), false).isPresent());
        assertFalse(TypeConversion.conversion(HclType.STRING, HclType.NUMBER, false).isPresent());
    }

    @Test
    void unificationPrefersTheMostGeneralType() {
        assertEquals(HclType.STRING, TypeUnification.unify(List.of(HclType.NUMBER, HclType.STRING), true).orElseThrow());
        assertEquals(HclType.STRING, TypeUnification.unify(List.of(HclType.BOOL, HclType.STRING), true).orElseThrow());
        assertFalse(TypeUnification.unify(List.of(HclType.NUMBER, HclType.BOOL), false).isPresent());
        HclType t1 = HclType.tuple(List.of(HclType.NUMBER));
        HclType t2 = HclType.tuple(List.of(HclType.NUMBER, HclType.NUMBER));
        assertEquals(HclType.list(HclType.NUMBER), TypeUnification.unify(List.of(t1, t2), true).orElseThrow());
        HclType o1 = HclType.object(Map.of("a", HclType.STRING));
        HclType o2 = HclType.object(Map.of("b", HclType.NUMBER));
        assertEquals(HclType.map(HclType.STRING), TypeUnification.unify(List.of(o1, o2), true).orElseThrow());
        assertEquals(HclType.list(HclType.STRING),
                TypeUnification.unify(List.of(HclType.list(HclType.STRING), HclType.DYNAMIC), true).orElseThrow());
    }

    @Test
    void numbersAre512BitBinaryFloatsPrintedShortest() {
        assertEquals("0.1", BigFloatMath.format(BigFloatMath.parse("0.1")));
        assertTrue(BigFloatMath.parse("0.1").scale() > 100, "0.1 is stored as its exact binary value");
        assertEquals("1000000000000000000000000000000", BigFloatMath.format(BigFloatMath.parse("1e30")));
        assertEquals(BigFloatMath.parse("0.3"), BigFloatMath.parse("0.30"));
        assertEquals(0, new BigDecimal("7").compareTo(BigFloatMath.divide(new BigDecimal(21), new BigDecimal(3))));
        assertThrows(ArithmeticException.class, () -> BigFloatMath.divide(BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void typesPrintAsTypeConstraints() {
        HclType t = HclType.object(Map.of("b", HclType.list(HclType.NUMBER), "a", HclType.DYNAMIC));
        assertEquals("object({a=any, b=list(number)})", t.typeString());
        assertEquals("list of string", HclType.list(HclType.STRING).friendlyName());
    }
}
