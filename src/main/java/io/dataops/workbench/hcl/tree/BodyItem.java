package io.dataops.workbench.hcl.tree;

/** What a body holds: an attribute ({@code name = expr}) or a block ({@code type "label" { ... }}). */
public sealed interface BodyItem extends Node permits Attribute, Block {
}
