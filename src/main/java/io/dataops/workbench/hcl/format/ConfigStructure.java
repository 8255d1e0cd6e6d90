package io.dataops.workbench.hcl.format;

import io.dataops.workbench.hcl.Diagnostic;

import java.util.List;

/**
 * The body items the formatter needs to know about, as token index ranges into the lexer's tokens:
 * every attribute (with the types of the blocks around it, for Terraform's {@code variable.type}
 * rewrite) and every block's labels. {@code errors} non-empty means the input is not valid HCL.
 */
record ConfigStructure(List<AttributeItem> attributes, List<BlockItem> blocks, List<Diagnostic> errors) {

    /** An attribute: its expression is tokens [exprStart, exprEnd), without trailing comments. */
    record AttributeItem(String name, int exprStart, int exprEnd, List<String> blockPath) {
    }

    /**
     * A block: {@code typeIndex} is the type name token; {@code labelStarts}/{@code labelEnds} the token
     * ranges of the labels (empty if there are none). Terraform rewrites everything from after the type
     * name to the end of the last label.
     */
    record BlockItem(int typeIndex, List<Integer> labelStarts, List<Integer> labelEnds) {
    }
}
