package io.dataops.workbench.terraform.config;

import io.dataops.workbench.hcl.SourceRange;

/** Ranges as Terraform writes them inside messages: {@code main.tf:7,3-15} or {@code a.tf:1,1-3,2}. */
final class Ranges {

    private Ranges() {
    }

    static String describe(SourceRange range) {
        String at = range.filename() + ":" + range.start().line() + "," + range.start().column() + "-";
        if (range.end().line() != range.start().line()) {
            at += range.end().line() + ",";
        }
        return at + range.end().column();
    }
}
