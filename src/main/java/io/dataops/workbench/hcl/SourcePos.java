package io.dataops.workbench.hcl;

/**
 * A position in a source file as HCL reports it: 1-based line and column (column counts characters),
 * and the 0-based byte offset in the UTF-8 encoding, which the spec suite's diagnostics compare.
 */
public record SourcePos(int line, int column, int byteOffset) {
}
