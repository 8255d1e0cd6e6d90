package io.dataops.workbench.hcl.parser;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.tree.ConfigFile;
import io.dataops.workbench.hcl.tree.Expression;
import io.dataops.workbench.hcl.tree.FunctionCallExpr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Table tests for the expression rules of hclsyntax-spec.md: each row is source text and the tree it must give. */
class ExpressionParserTest {

    static Expression expr(String source) {
        ConfigFile file = HclParser.parse("x = " + source + "\n", "t.hcl");
        assertThat(file.diagnostics()).as("diagnostics of %s", source).isEmpty();
        return file.attribute("x").orElseThrow().expression();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            // literals and variables
            "42 ; 42", "3.14 ; 3.14", "1e10 ; 1e10", "1.5E-3 ; 1.5E-3", "true ; true", "false ; false", "null ; null",
            "foo ; foo", "foo-bar ; foo-bar",
            // operator precedence: * / % > + - > comparisons > equality > && > ||
            "1 + 2 * 3 ; (+ 1 (* 2 3))", "1 * 2 + 3 ; (+ (* 1 2) 3)", "x / y * z ; (* (/ x y) z)",
            "a - b - c ; (- (- a b) c)", "a % b + c ; (+ (% a b) c)",
            "a < b == c > d ; (== (< a b) (> c d))", "a >= b != c <= d ; (!= (>= a b) (<= c d))",
            "a || b && c ; (|| a (&& b c))", "a && b || c && d ; (|| (&& a b) (&& c d))",
            "a == b && c != d ; (&& (== a b) (!= c d))", "1 + 2 < 3 * 4 ; (< (+ 1 2) (* 3 4))",
            "(1 + 2) * 3 ; (* (paren (+ 1 2)) 3)",
            // unary binds tighter than binary; -46+5 is (-46)+5
            "-46 + 5 ; (+ (neg 46) 5)", "!a && b ; (&& (not a) b)", "- - x ; (neg (neg x))", "!a.b ; (not (. a b))",
            // conditional: lowest precedence, false branch right-associative
            "a ? b : c ; (? a b c)", "a ? b : c ? d : e ; (? a b (? c d e))", "a || b ? 1 + 2 : 3 ; (? (|| a b) (+ 1 2) 3)",
            "a ? b ? c : d : e ; (? a (? b c d) e)",
            // traversals, legacy index, splats
            "a.b.c ; (. (. a b) c)", "a[0] ; (index a 0)", "a[\"k\"].b ; (. (index a (quoted 'k')) b)",
            "a.0 ; (legacy-index a 0)", "a.0.b ; (. (legacy-index a 0) b)", "a[b[c]] ; (index a (index b c))",
            "a.* ; (attr-splat a it)", "a.*.b.c ; (attr-splat a (. (. it b) c))", "a.*.b[0] ; (index (attr-splat a (. it b)) 0)",
            "a.*.b.0 ; (attr-splat a (legacy-index (. it b) 0))",
            "a[*] ; (splat a it)", "a[*].b[0] ; (splat a (index (. it b) 0))", "a[*].b[*].c ; (splat a (splat (. it b) (. it c)))",
            "f(x)[*].id ; (splat (call f x) (. it id))",
            // collections
            "[] ; []", "[1, 2, 3] ; [1 2 3]", "[1, 2,] ; [1 2]", "`[\n1,\n2\n]` ; [1 2]", "{} ; {}",
            "{a = 1, b: 2} ; {a=1 b=2}", "`{\n a = 1\n b = 2\n}` ; {a=1 b=2}", "{(a) = 1} ; {(paren a)=1}",
            "{\"k\" = 1} ; {(quoted 'k')=1}", "{a.b = 1} ; {(. a b)=1}", "[(for), 1] ; [(paren for) 1]",
            // function calls
            "f() ; (call f)", "f(1, 2) ; (call f 1 2)", "f(1, 2,) ; (call f 1 2)", "f(xs...) ; (call f xs ...)",
            "f(1, xs...) ; (call f 1 xs ...)", "`f(\n 1,\n 2\n)` ; (call f 1 2)", "provider::aws::arn(x) ; (call provider::aws::arn x)",
            "upper(f(x)) ; (call upper (call f x))",
            // for expressions
            "[for v in xs: v] ; (for v xs v)", "[for i, v in xs: i] ; (for i,v xs i)",
            "{for k, v in m: k => v} ; (for k,v m k => v)", "{for v in xs: v.k => v...} ; (for v xs (. v k) => v ...)",
            "[for v in xs: v if v > 1] ; (for v xs v if (> v 1))", "{for k, v in m: k => v if v} ; (for k,v m k => v if v)",
            "`[for v in xs:\n v]` ; (for v xs v)",
    })
    void parsesExpression(String source, String tree) {
        assertThat(Sexpr.of(expr(source))).isEqualTo(tree);
    }

    @Test
    void functionCallKeepsNamespacedNameAndRanges() {
        FunctionCallExpr call = (FunctionCallExpr) expr("provider::aws::arn_parse(\"a\")");
        assertThat(call.name()).isEqualTo("provider::aws::arn_parse");
        assertThat(call.nameRange().start().column()).isEqualTo(5);
        assertThat(call.nameRange().end().column()).isEqualTo(29);
        assertThat(call.openParenRange().start().column()).isEqualTo(29);
        assertThat(call.closeParenRange().start().column()).isEqualTo(33);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "x = ; Invalid expression ; 1 ; 4 ; 2 ; 1",
            "x = 1 + ; Invalid expression ; 1 ; 8 ; 2 ; 1",
            "x = [1 2] ; Missing item separator ; 1 ; 8 ; 1 ; 9",
            "x = {a = 1 b = 2} ; Missing attribute separator ; 1 ; 12 ; 1 ; 13",
            "x = {a 1} ; Missing key/value separator ; 1 ; 8 ; 1 ; 9",
            "x = f(1 2) ; Missing argument separator ; 1 ; 9 ; 1 ; 10",
            "x = f(xs..., 1) ; Missing closing parenthesis ; 1 ; 9 ; 1 ; 12",
            "x = a. ; Invalid attribute name ; 1 ; 7 ; 2 ; 1",
            "x = a.0.1 ; Invalid legacy index syntax ; 1 ; 7 ; 1 ; 10",
            "x = a[1 ; Missing close bracket on index ; 2 ; 1 ; 2 ; 1",
            "x = a[*.b ; Missing close bracket on splat index ; 1 ; 8 ; 1 ; 9",
            "x = a.*.* ; Nested splat expression not allowed ; 1 ; 9 ; 1 ; 10",
            "x = (1 ; Unbalanced parentheses ; 2 ; 1 ; 2 ; 1",
            "x = a ? b ; Missing false expression in conditional ; 1 ; 10 ; 2 ; 1",
            "x = [for in xs: 1] ; Invalid 'for' expression ; 1 ; 13 ; 1 ; 15",
            "x = [for v xs: v] ; Invalid 'for' expression ; 1 ; 12 ; 1 ; 14",
            "x = [for v in xs v] ; Invalid 'for' expression ; 1 ; 18 ; 1 ; 19",
            "x = [for v in xs: k => v] ; Invalid 'for' expression ; 1 ; 19 ; 1 ; 20",
            "x = {for v in xs: v} ; Invalid 'for' expression ; 1 ; 19 ; 1 ; 20",
            "x = [for v in xs: v...] ; Invalid 'for' expression ; 1 ; 20 ; 1 ; 23",
            "x = provider::(1) ; Missing function name ; 1 ; 15 ; 1 ; 16",
            "x = [for, 1] ; Invalid 'for' expression ; 1 ; 9 ; 1 ; 10",
    })
    void reportsExpressionErrors(String source, String summary, int line, int column, int endLine, int endColumn) {
        ConfigFile file = HclParser.parse(source + "\n", "t.hcl");
        assertThat(file.diagnostics()).isNotEmpty();
        Diagnostic first = file.diagnostics().get(0);
        assertThat(first.summary()).isEqualTo(summary);
        assertThat(first.subject().start().line()).isEqualTo(line);
        assertThat(first.subject().start().column()).isEqualTo(column);
        assertThat(first.subject().end().line()).isEqualTo(endLine);
        assertThat(first.subject().end().column()).isEqualTo(endColumn);
        assertThat(file.print()).isEqualTo(source + "\n");
    }

    @Test
    void standaloneExpressionRejectsTrailingTokens() {
        HclParser.ExpressionParse parsed = HclParser.parseExpression("a + b c", "e.hcl");
        assertThat(parsed.diagnostics()).extracting(Diagnostic::summary).containsExactly("Extra characters after expression");
        assertThat(Sexpr.of(HclParser.parseExpression("a +\n b", "e.hcl").expression())).isEqualTo("(+ a b)");
    }
}
