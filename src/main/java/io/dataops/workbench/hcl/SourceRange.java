package io.dataops.workbench.hcl;

/** A half-open range [start, end) in one source file. */
public record SourceRange(String filename, SourcePos start, SourcePos end) {
}
