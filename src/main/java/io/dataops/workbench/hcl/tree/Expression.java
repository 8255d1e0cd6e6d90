package io.dataops.workbench.hcl.tree;

/**
 * An expression of HCL's native syntax. The forms follow hclsyntax's expression types, so its evaluation
 * rules carry over; a few differ in shape, said on each record: variable, attribute and index access
 * are separate nodes ({@link VariableExpr}, {@link GetAttrExpr}, {@link IndexExpr}) rather than one
 * traversal, and templates keep their directives as {@link TemplatePart}s.
 */
public sealed interface Expression extends Node
        permits NumberLiteral, BoolLiteral, NullLiteral, TemplateExpr, VariableExpr, GetAttrExpr, IndexExpr,
        SplatExpr, SplatItemExpr, FunctionCallExpr, ForExpr, ConditionalExpr, BinaryOpExpr, UnaryOpExpr,
        TupleExpr, ObjectExpr, ParenthesesExpr, InvalidExpr {
}
