package io.dataops.workbench.hcl;

/**
 * A problem found in a configuration, shaped like HCL's diagnostics: a short summary, a detail
 * sentence a person understands (what is wrong and what to do), and the range it is about.
 */
public record Diagnostic(Severity severity, String summary, String detail, SourceRange subject) {

    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(String summary, String detail, SourceRange subject) {
        return new Diagnostic(Severity.ERROR, summary, detail, subject);
    }
}
