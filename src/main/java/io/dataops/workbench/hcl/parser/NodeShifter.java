package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.tree.Attribute;
import io.dataops.workbench.hcl.tree.BinaryOpExpr;
import io.dataops.workbench.hcl.tree.Block;
import io.dataops.workbench.hcl.tree.BlockLabel;
import io.dataops.workbench.hcl.tree.Body;
import io.dataops.workbench.hcl.tree.BodyItem;
import io.dataops.workbench.hcl.tree.BoolLiteral;
import io.dataops.workbench.hcl.tree.ConditionalExpr;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.ForExpr;
import io.dataops.workbench.hcl.tree.FunctionCallExpr;
import io.dataops.workbench.hcl.tree.GetAttrExpr;
import io.dataops.workbench.hcl.tree.IndexExpr;
import io.dataops.workbench.hcl.tree.InvalidExpr;
import io.dataops.workbench.hcl.tree.NullLiteral;
import io.dataops.workbench.hcl.tree.NumberLiteral;
import io.dataops.workbench.hcl.tree.ObjectExpr;
import io.dataops.workbench.hcl.tree.ObjectItem;
import io.dataops.workbench.hcl.tree.ParenthesesExpr;
import io.dataops.workbench.hcl.tree.SplatExpr;
import io.dataops.workbench.hcl.tree.SplatItemExpr;
import io.dataops.workbench.hcl.tree.TemplateExpr;
import io.dataops.workbench.hcl.tree.TemplateFor;
import io.dataops.workbench.hcl.tree.TemplateIf;
import io.dataops.workbench.hcl.tree.TemplateInterpolation;
import io.dataops.workbench.hcl.tree.TemplateLiteral;
import io.dataops.workbench.hcl.tree.TemplatePart;
import io.dataops.workbench.hcl.tree.TupleExpr;
import io.dataops.workbench.hcl.tree.UnaryOpExpr;
import io.dataops.workbench.hcl.tree.VariableExpr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Rebuilds a subtree with every position moved by a {@link PositionShift} (records are immutable). */
final class NodeShifter {

    private final PositionShift shift;
    /** A splat's item placeholder appears twice (in the splat and in its "each"); both must stay one node. */
    private final Map<SplatItemExpr, SplatItemExpr> splatItems = new IdentityHashMap<>();

    NodeShifter(PositionShift shift) {
        this.shift = shift;
    }

    BodyItem item(BodyItem item) {
        if (item instanceof Attribute a) {
            return new Attribute(shift.span(a.span()), a.name(), shift.range(a.nameRange()), shift.range(a.equalsRange()),
                    expression(a.expression()));
        }
        Block b = (Block) item;
        return new Block(shift.span(b.span()), b.type(), shift.range(b.typeRange()), map(b.labels(), this::label),
                shift.range(b.openBraceRange()), new Body(shift.span(b.body().span()), map(b.body().items(), this::item)),
                shift.range(b.closeBraceRange()));
    }

    private BlockLabel label(BlockLabel label) {
        return new BlockLabel(shift.span(label.span()), label.value(), label.quoted());
    }

    Expression expression(Expression e) {
        if (e instanceof NumberLiteral n) {
            return new NumberLiteral(shift.span(n.span()), n.text());
        } else if (e instanceof BoolLiteral b) {
            return new BoolLiteral(shift.span(b.span()), b.value());
        } else if (e instanceof NullLiteral n) {
            return new NullLiteral(shift.span(n.span()));
        } else if (e instanceof VariableExpr v) {
            return new VariableExpr(shift.span(v.span()), v.name());
        } else if (e instanceof InvalidExpr i) {
            return new InvalidExpr(shift.span(i.span()));
        } else if (e instanceof TemplateExpr t) {
            return new TemplateExpr(shift.span(t.span()), t.kind(), map(t.parts(), this::part));
        } else if (e instanceof GetAttrExpr g) {
            return new GetAttrExpr(shift.span(g.span()), expression(g.object()), g.name(), shift.range(g.nameRange()));
        } else if (e instanceof IndexExpr i) {
            return new IndexExpr(shift.span(i.span()), expression(i.collection()), expression(i.key()), i.legacy(),
                    shift.range(i.keyRange()));
        } else if (e instanceof SplatItemExpr item) {
            return splatItem(item);
        } else if (e instanceof SplatExpr s) {
            return new SplatExpr(shift.span(s.span()), expression(s.source()), expression(s.each()), splatItem(s.item()),
                    s.full(), shift.range(s.markerRange()));
        } else if (e instanceof FunctionCallExpr f) {
            return new FunctionCallExpr(shift.span(f.span()), f.name(), shift.range(f.nameRange()),
                    map(f.arguments(), this::expression), f.expandFinal(), shift.range(f.openParenRange()),
                    shift.range(f.closeParenRange()));
        } else if (e instanceof ForExpr f) {
            return new ForExpr(shift.span(f.span()), f.keyVariable(), f.valueVariable(), expression(f.collection()),
                    f.keyExpression().map(this::expression), expression(f.valueExpression()),
                    f.condition().map(this::expression), f.grouped());
        } else if (e instanceof ConditionalExpr c) {
            return new ConditionalExpr(shift.span(c.span()), expression(c.condition()), expression(c.trueResult()),
                    expression(c.falseResult()));
        } else if (e instanceof BinaryOpExpr b) {
            return new BinaryOpExpr(shift.span(b.span()), expression(b.left()), b.operator(),
                    shift.range(b.operatorRange()), expression(b.right()));
        } else if (e instanceof UnaryOpExpr u) {
            return new UnaryOpExpr(shift.span(u.span()), u.operator(), expression(u.operand()));
        } else if (e instanceof TupleExpr t) {
            return new TupleExpr(shift.span(t.span()), map(t.elements(), this::expression));
        } else if (e instanceof ObjectExpr o) {
            return new ObjectExpr(shift.span(o.span()), map(o.items(), this::objectItem));
        }
        ParenthesesExpr p = (ParenthesesExpr) e;
        return new ParenthesesExpr(shift.span(p.span()), expression(p.inner()));
    }

    private SplatItemExpr splatItem(SplatItemExpr item) {
        return splatItems.computeIfAbsent(item, i -> new SplatItemExpr(shift.span(i.span())));
    }

    private ObjectItem objectItem(ObjectItem item) {
        return new ObjectItem(shift.span(item.span()), expression(item.key()), expression(item.value()));
    }

    private TemplatePart part(TemplatePart part) {
        if (part instanceof TemplateLiteral l) {
            return new TemplateLiteral(shift.span(l.span()), l.value());
        } else if (part instanceof TemplateInterpolation i) {
            return new TemplateInterpolation(shift.span(i.span()), expression(i.expression()), i.stripBefore(),
                    i.stripAfter());
        } else if (part instanceof TemplateIf i) {
            return new TemplateIf(shift.span(i.span()), expression(i.condition()), map(i.thenParts(), this::part),
                    i.hasElse(), map(i.elseParts(), this::part));
        }
        TemplateFor f = (TemplateFor) part;
        return new TemplateFor(shift.span(f.span()), f.keyVariable(), f.valueVariable(), expression(f.collection()),
                map(f.body(), this::part));
    }

    private static <T, R> List<R> map(List<T> items, Function<T, R> f) {
        List<R> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(f.apply(item));
        }
        return out;
    }
}
