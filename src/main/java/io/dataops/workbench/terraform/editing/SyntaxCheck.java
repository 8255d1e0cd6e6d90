package io.dataops.workbench.terraform.editing;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.lexer.Lexer;
import io.dataops.workbench.hcl.parser.HclParser;
import java.util.List;

/** Finds the syntax errors of a text; runs off the FX thread. */
@FunctionalInterface
public interface SyntaxCheck {

    List<Diagnostic> check(String text, String filename);

    /** The scanner's errors only (invalid characters, unterminated strings, comments and heredocs). */
    SyntaxCheck LEXICAL = (text, filename) -> Lexer.scan(text, filename).diagnostics();

    /** The parser's errors, which include the scanner's: what the editor underlines. */
    SyntaxCheck PARSER = (text, filename) -> HclParser.parse(text, filename).diagnostics();
}
