package io.dataops.workbench.hcl.eval;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.BinaryOpExpr;
import io.dataops.workbench.hcl.tree.BinaryOperator;
import io.dataops.workbench.hcl.tree.UnaryOpExpr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary and unary operators as hclsyntax evaluates them: both operands are always evaluated and converted
 * to the operator's parameter type ("Invalid operand" if they cannot be); {@code &&} and {@code ||} then
 * decide from one known side when they can (dropping the other side's diagnostics, as HCL does); null
 * operands fail ("Operation failed"); unknown operands give an unknown result.
 */
final class OperatorEvaluation {

    private OperatorEvaluation() {
    }

    static HclValue binary(BinaryOpExpr expr, EvalContext ctx, List<Diagnostic> diags) {
        BinaryOperator op = expr.operator();
        HclType paramType = parameterType(op);
        HclType resultType = resultType(op);
        List<Diagnostic> lhsDiags = new ArrayList<>();
        List<Diagnostic> rhsDiags = new ArrayList<>();
        List<Diagnostic> conversionDiags = new ArrayList<>();
        HclValue lhs = operand(ExpressionEvaluator.eval(expr.left(), ctx, lhsDiags), paramType, "left", expr.left(), conversionDiags);
        HclValue rhs = operand(ExpressionEvaluator.eval(expr.right(), ctx, rhsDiags), paramType, "right", expr.right(), conversionDiags);
        if (!conversionDiags.isEmpty()) {
            diags.addAll(conversionDiags);
            diags.addAll(lhsDiags);
            diags.addAll(rhsDiags);
            return HclValue.unknown(resultType);
        }
        if (op == BinaryOperator.AND || op == BinaryOperator.OR) {
            HclValue decided = shortCircuit(op == BinaryOperator.OR, lhs, rhs, lhsDiags, rhsDiags, diags);
            if (decided != null) {
                return decided;
            }
        }
        diags.addAll(lhsDiags);
        diags.addAll(rhsDiags);
        if (ExpressionEvaluator.hasErrors(lhsDiags) || ExpressionEvaluator.hasErrors(rhsDiags)) {
            return HclValue.unknown(resultType);
        }
        if (op == BinaryOperator.EQUAL || op == BinaryOperator.NOT_EQUAL) {
            HclValue eq = ValueEquality.equal(lhs, rhs);
            return op == BinaryOperator.EQUAL || !eq.isKnown() ? eq : HclValue.bool(!eq.asBool());
        }
        if (lhs.isNull() || rhs.isNull()) {
            diags.add(Diagnostic.error("Operation failed", "Error during operation: argument must not be null.", expr.range()));
            return HclValue.unknown(resultType);
        }
        if (!lhs.isKnown() || !rhs.isKnown()) {
            return HclValue.unknown(resultType);
        }
        try {
            return apply(op, lhs, rhs);
        } catch (ArithmeticException e) {
            diags.add(Diagnostic.error("Operation failed", "Error during operation: " + e.getMessage() + ".", expr.range()));
            return HclValue.unknown(resultType);
        }
    }

    /** The result decided by one side of {@code &&} / {@code ||}, or null to evaluate normally (hclsyntax's ShortCircuit). */
    private static HclValue shortCircuit(boolean or, HclValue lhs, HclValue rhs, List<Diagnostic> lhsDiags,
                                         List<Diagnostic> rhsDiags, List<Diagnostic> diags) {
        HclValue controlling = HclValue.bool(or);
        boolean lhsControls = lhs.isKnown() && !lhs.isNull() && lhs.asBool() == or;
        boolean rhsControls = rhs.isKnown() && !rhs.isNull() && rhs.asBool() == or;
        boolean lhsOther = lhs.isKnown() && !lhs.isNull() && lhs.asBool() != or;
        boolean rhsOther = rhs.isKnown() && !rhs.isNull() && rhs.asBool() != or;
        if (!lhs.isKnown() && !rhs.isKnown()) {
            if (ExpressionEvaluator.hasErrors(lhsDiags)) {
                return null;
            }
            diags.addAll(lhsDiags);
            return HclValue.unknown(HclType.BOOL);
        }
        if (lhsControls) {
            diags.addAll(lhsDiags);
            return controlling;
        }
        if (rhsControls) {
            diags.addAll(rhsDiags);
            return controlling;
        }
        if (!lhs.isKnown() && rhsOther) {
            diags.addAll(lhsDiags);
            return HclValue.unknown(HclType.BOOL);
        }
        if (!rhs.isKnown() && lhsOther) {
            diags.addAll(rhsDiags);
            return HclValue.unknown(HclType.BOOL);
        }
        return null;
    }

    private static HclValue apply(BinaryOperator op, HclValue lhs, HclValue rhs) {
        if (op == BinaryOperator.AND) {
            return HclValue.bool(lhs.asBool() && rhs.asBool());
        }
        if (op == BinaryOperator.OR) {
            return HclValue.bool(lhs.asBool() || rhs.asBool());
        }
        BigDecimal a = lhs.asNumber();
        BigDecimal b = rhs.asNumber();
        return switch (op) {
            case LESS_THAN -> HclValue.bool(a.compareTo(b) < 0);
            case LESS_THAN_OR_EQUAL -> HclValue.bool(a.compareTo(b) <= 0);
            case GREATER_THAN -> HclValue.bool(a.compareTo(b) > 0);
            case GREATER_THAN_OR_EQUAL -> HclValue.bool(a.compareTo(b) >= 0);
            case ADD -> HclValue.number(BigFloatMath.add(a, b));
            case SUBTRACT -> HclValue.number(BigFloatMath.subtract(a, b));
            case MULTIPLY -> HclValue.number(BigFloatMath.multiply(a, b));
            case DIVIDE -> {
                if (b.signum() == 0) {
                    throw new ArithmeticException("can't divide by zero");
                }
                yield HclValue.number(BigFloatMath.divide(a, b));
            }
            case MODULO -> HclValue.number(BigFloatMath.modulo(a, b));
            default -> throw new IllegalStateException("not an arithmetic operator: " + op);
        };
    }

    static HclValue unary(UnaryOpExpr expr, EvalContext ctx, List<Diagnostic> diags) {
        boolean not = expr.operator() == UnaryOpExpr.UnaryOperator.NOT;
        HclType type = not ? HclType.BOOL : HclType.NUMBER;
        int before = diags.size();
        HclValue given = ExpressionEvaluator.eval(expr.operand(), ctx, diags);
        HclValue value;
        try {
            value = TypeConversion.convert(given, type);
        } catch (ConversionException e) {
            diags.add(Diagnostic.error("Invalid operand", "Unsuitable value for unary operand: " + e.getMessage() + ".",
                    expr.operand().range()));
            return HclValue.unknown(type);
        }
        if (ExpressionEvaluator.hasErrors(diags.subList(before, diags.size()))) {
            return HclValue.unknown(type);
        }
        if (value.isNull()) {
            diags.add(Diagnostic.error("Operation failed", "Error during operation: argument must not be null.", expr.range()));
            return HclValue.unknown(type);
        }
        if (!value.isKnown()) {
            return HclValue.unknown(type);
        }
        return not ? HclValue.bool(!value.asBool()) : HclValue.number(value.asNumber().negate());
    }

    private static HclValue operand(HclValue given, HclType type, String side, io.dataops.workbench.hcl.tree.Expression expr,
                                    List<Diagnostic> conversionDiags) {
        try {
            return TypeConversion.convert(given, type);
        } catch (ConversionException e) {
            conversionDiags.add(Diagnostic.error("Invalid operand",
                    "Unsuitable value for " + side + " operand: " + e.getMessage() + ".", expr.range()));
            return HclValue.unknown(type);
        }
    }

    private static HclType parameterType(BinaryOperator op) {
        return switch (op) {
            case AND, OR -> HclType.BOOL;
            case EQUAL, NOT_EQUAL -> HclType.DYNAMIC;
            default -> HclType.NUMBER;
        };
    }

    private static HclType resultType(BinaryOperator op) {
        return switch (op) {
            case ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO -> HclType.NUMBER;
            default -> HclType.BOOL;
        };
    }
}
