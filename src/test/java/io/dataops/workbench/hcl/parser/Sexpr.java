package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.tree.*;

import java.util.stream.Collectors;

/** A compact Lisp-like rendering of expression trees, so table tests can state a tree in one string. */
final class Sexpr {

    private Sexpr() {
    }

    static String of(Expression e) {
        if (e instanceof NumberLiteral n) {
            return n.text();
        } else if (e instanceof BoolLiteral b) {
            return Boolean.toString(b.value());
        } else if (e instanceof NullLiteral) {
            return "null";
        } else if (e instanceof VariableExpr v) {
            return v.name();
        } else if (e instanceof InvalidExpr) {
            return "<invalid>";
        } else if (e instanceof SplatItemExpr) {
            return "it";
        } else if (e instanceof TemplateExpr t) {
            return "(" + t.kind().name().toLowerCase() + parts(t.parts()) + ")";
        } else if (e instanceof GetAttrExpr g) {
            return "(. " + of(g.object()) + " " + g.name() + ")";
        } else if (e instanceof IndexExpr i) {
            return "(" + (i.legacy() ? "legacy-index " : "index ") + of(i.collection()) + " " + of(i.key()) + ")";
        } else if (e instanceof SplatExpr s) {
            return "(" + (s.full() ? "splat " : "attr-splat ") + of(s.source()) + " " + of(s.each()) + ")";
        } else if (e instanceof FunctionCallExpr f) {
            return "(call " + f.name() + f.arguments().stream().map(a -> " " + of(a)).collect(Collectors.joining())
                    + (f.expandFinal() ? " ..." : "") + ")";
        } else if (e instanceof ForExpr f) {
            return "(for " + f.keyVariable().map(k -> k + ",").orElse("") + f.valueVariable() + " " + of(f.collection())
                    + f.keyExpression().map(k -> " " + of(k) + " =>").orElse("") + " " + of(f.valueExpression())
                    + (f.grouped() ? " ..." : "") + f.condition().map(c -> " if " + of(c)).orElse("") + ")";
        } else if (e instanceof ConditionalExpr c) {
            return "(? " + of(c.condition()) + " " + of(c.trueResult()) + " " + of(c.falseResult()) + ")";
        } else if (e instanceof BinaryOpExpr b) {
            return "(" + b.operator().symbol() + " " + of(b.left()) + " " + of(b.right()) + ")";
        } else if (e instanceof UnaryOpExpr u) {
            return "(" + (u.operator() == UnaryOpExpr.UnaryOperator.NEGATE ? "neg" : "not") + " " + of(u.operand()) + ")";
        } else if (e instanceof TupleExpr t) {
            return "[" + t.elements().stream().map(Sexpr::of).collect(Collectors.joining(" ")) + "]";
        } else if (e instanceof ObjectExpr o) {
            return "{" + o.items().stream().map(i -> of(i.key()) + "=" + of(i.value())).collect(Collectors.joining(" ")) + "}";
        }
        return "(paren " + of(((ParenthesesExpr) e).inner()) + ")";
    }

    static String parts(java.util.List<TemplatePart> parts) {
        StringBuilder out = new StringBuilder();
        for (TemplatePart part : parts) {
            out.append(' ');
            if (part instanceof TemplateLiteral l) {
                out.append('\'').append(l.value().replace("\n", "\\n").replace("\t", "\\t")).append('\'');
            } else if (part instanceof TemplateInterpolation i) {
                out.append("${").append(of(i.expression())).append('}');
            } else if (part instanceof TemplateIf i) {
                out.append("(if ").append(of(i.condition())).append(" then").append(parts(i.thenParts()))
                        .append(i.hasElse() ? " else" + parts(i.elseParts()) : "").append(')');
            } else if (part instanceof TemplateFor f) {
                out.append("(for ").append(f.keyVariable().map(k -> k + ",").orElse("")).append(f.valueVariable())
                        .append(' ').append(of(f.collection())).append(" do").append(parts(f.body())).append(')');
            }
        }
        return out.toString();
    }
}
