package io.dataops.workbench.hcl.lexer;

import io.dataops.workbench.hcl.Diagnostic;
import io.dataops.workbench.hcl.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Table tests of the scanner rules, with expectations taken from hclsyntax's scanner behaviour. */
class LexerTest {

    /** Tokens as "KIND text" joined by " | " (EOF left out), with line breaks shown as \n. */
    static String shape(String source) {
        return Lexer.scan(source, "t.tf").tokens().stream()
                .filter(t -> t.kind() != TokenKind.EOF)
                .map(t -> t.kind() + " " + t.text().replace("\r", "\\r").replace("\n", "\\n"))
                .collect(Collectors.joining(" | "));
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("", ""),
                Arguments.of(" \t ", ""),
                Arguments.of("\n\r\n", "NEWLINE \\n | NEWLINE \\r\\n"),
                Arguments.of("1 12 12.3 1e2 1E+2 1e-2", "NUMBER_LIT 1 | NUMBER_LIT 12 | NUMBER_LIT 12.3 | NUMBER_LIT 1e2"
                        + " | NUMBER_LIT 1E+2 | NUMBER_LIT 1e-2"),
                Arguments.of("1.2.3", "NUMBER_LIT 1.2.3"),
                Arguments.of("1.", "NUMBER_LIT 1 | DOT ."),
                Arguments.of("1...", "NUMBER_LIT 1 | ELLIPSIS ..."),
                Arguments.of("1e", "NUMBER_LIT 1 | IDENT e"),
                Arguments.of("a.0.b", "IDENT a | DOT . | NUMBER_LIT 0 | DOT . | IDENT b"),
                Arguments.of("hello _ello hel-o h3ll0 héllo", "IDENT hello | IDENT _ello | IDENT hel-o | IDENT h3ll0 | IDENT héllo"),
                Arguments.of("-a", "MINUS - | IDENT a"),
                Arguments.of("== != <= >= && || :: ... => = < > ! ? :",
                        "EQUAL_OP == | NOT_EQUAL != | LESS_THAN_EQ <= | GREATER_THAN_EQ >= | AND && | OR || | DOUBLE_COLON ::"
                                + " | ELLIPSIS ... | FAT_ARROW => | EQUAL = | LESS_THAN < | GREATER_THAN > | BANG ! | QUESTION ? | COLON :"),
                Arguments.of("[](){},.*/%+-", "O_BRACK [ | C_BRACK ] | O_PAREN ( | C_PAREN ) | O_BRACE { | C_BRACE } | COMMA ,"
                        + " | DOT . | STAR * | SLASH / | PERCENT % | PLUS + | MINUS -"),
                Arguments.of("& | ~ ^ ; ` '", "BITWISE_AND & | BITWISE_OR | | BITWISE_NOT ~ | BITWISE_XOR ^ | SEMICOLON ;"
                        + " | BACKTICK ` | APOSTROPHE '"),
                Arguments.of("# hi\nx", "COMMENT # hi\\n | IDENT x"),
                Arguments.of("// hi\r\nx", "COMMENT // hi\\r\\n | IDENT x"),
                Arguments.of("# end", "COMMENT # end"),
                Arguments.of("/* a */ b /* c\n*/", "COMMENT /* a */ | IDENT b | COMMENT /* c\\n*/"),
                Arguments.of("/*/ x */", "COMMENT /*/ x */"),
                Arguments.of("\"\"", "O_QUOTE \" | C_QUOTE \""),
                Arguments.of("\"hello, \\\"world\\\"!\"", "O_QUOTE \" | QUOTED_LIT hello, \\\"world\\\"! | C_QUOTE \""),
                Arguments.of("\"hello $$\"", "O_QUOTE \" | QUOTED_LIT hello  | QUOTED_LIT $ | QUOTED_LIT $ | C_QUOTE \""),
                Arguments.of("\"hello %\"", "O_QUOTE \" | QUOTED_LIT hello  | QUOTED_LIT % | C_QUOTE \""),
                Arguments.of("\"hello $${world}\"", "O_QUOTE \" | QUOTED_LIT hello  | QUOTED_LIT $${ | QUOTED_LIT world} | C_QUOTE \""),
                Arguments.of("\"a ${b} c\"", "O_QUOTE \" | QUOTED_LIT a  | TEMPLATE_INTERP ${ | IDENT b | TEMPLATE_SEQ_END }"
                        + " | QUOTED_LIT  c | C_QUOTE \""),
                Arguments.of("\"${~b~}\"", "O_QUOTE \" | TEMPLATE_INTERP ${~ | IDENT b | TEMPLATE_SEQ_END ~} | C_QUOTE \""),
                Arguments.of("\"%{if a}x%{endif}\"", "O_QUOTE \" | TEMPLATE_CONTROL %{ | IDENT if | IDENT a | TEMPLATE_SEQ_END }"
                        + " | QUOTED_LIT x | TEMPLATE_CONTROL %{ | IDENT endif | TEMPLATE_SEQ_END } | C_QUOTE \""),
                Arguments.of("\"${ {a = \"}\"} }\"", "O_QUOTE \" | TEMPLATE_INTERP ${ | O_BRACE { | IDENT a | EQUAL ="
                        + " | O_QUOTE \" | QUOTED_LIT } | C_QUOTE \" | C_BRACE } | TEMPLATE_SEQ_END } | C_QUOTE \""),
                Arguments.of("\"a\nb\"", "O_QUOTE \" | QUOTED_LIT a | QUOTED_NEWLINE \\n | QUOTED_LIT b | C_QUOTE \""),
                Arguments.of("\"a\\\nb\"", "O_QUOTE \" | QUOTED_LIT a | INVALID \\ | QUOTED_NEWLINE \\n | QUOTED_LIT b | C_QUOTE \""),
                Arguments.of("{ x ~}", "O_BRACE { | IDENT x | TEMPLATE_SEQ_END ~}"),
                Arguments.of("<<EOT\nhello\nEOT\n", "O_HEREDOC <<EOT\\n | STRING_LIT hello\\n | C_HEREDOC EOT | NEWLINE \\n"),
                Arguments.of("<<-EOT\r\n  a ${b}\n  EOT\r\n", "O_HEREDOC <<-EOT\\r\\n | STRING_LIT   a  | TEMPLATE_INTERP ${"
                        + " | IDENT b | TEMPLATE_SEQ_END } | STRING_LIT \\n | C_HEREDOC   EOT | NEWLINE \\r\\n"),
                Arguments.of("<<EOT\n${x}EOT\nEOT\n", "O_HEREDOC <<EOT\\n | TEMPLATE_INTERP ${ | IDENT x | TEMPLATE_SEQ_END }"
                        + " | STRING_LIT EOT\\n | C_HEREDOC EOT | NEWLINE \\n"),
                Arguments.of("<<EOT\n$EOT\nEOT\n", "O_HEREDOC <<EOT\\n | STRING_LIT $ | STRING_LIT EOT\\n | C_HEREDOC EOT | NEWLINE \\n"),
                Arguments.of("<<EOT x", "LESS_THAN < | LESS_THAN < | IDENT EOT | IDENT x"),
                Arguments.of("x = <<EOT\na\nEOT", "IDENT x | EQUAL = | O_HEREDOC <<EOT\\n | STRING_LIT a\\n | STRING_LIT EOT"),
                Arguments.of("🌻", "INVALID 🌻"),
                Arguments.of("$", "INVALID $"),
                Arguments.of("\uFEFFa", "IDENT a"),
                Arguments.of("a\uD800b", "IDENT a | BAD_UTF8 \uD800 | IDENT b"),
                Arguments.of("a \r b", "IDENT a | INVALID \\r | IDENT b"));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void scansLikeHclsyntax(String source, String expected) {
        assertThat(shape(source)).isEqualTo(expected);
    }

    @Test
    void rangesCountLinesColumnsAndUtf8Bytes() {
        List<Token> tokens = Lexer.scan("a = \"é\" # c\n  b", "f.tf").tokens();
        assertThat(tokens).extracting(t -> t.range().start()).containsExactly(
                new SourcePos(1, 1, 0), new SourcePos(1, 3, 2), new SourcePos(1, 5, 4), new SourcePos(1, 6, 5),
                new SourcePos(1, 7, 7), new SourcePos(1, 9, 9), new SourcePos(2, 3, 15), new SourcePos(2, 4, 16));
        assertThat(tokens.get(5).range().end()).isEqualTo(new SourcePos(2, 1, 13));
        assertThat(tokens.get(0).range().filename()).isEqualTo("f.tf");
    }

    @Test
    void byteOrderMarkCountsBytesButNoColumn() {
        Token a = Lexer.scan("\uFEFFa", "f").tokens().get(0);
        assertThat(a.range().start()).isEqualTo(new SourcePos(1, 1, 3));
        assertThat(a.start()).isEqualTo(1);
    }

    @Test
    void scanRangeKeepsIndicesOfTheWholeSource() {
        LexResult r = Lexer.scanRange("xx a = 1\nyy", 3, 9, new SourcePos(1, 4, 3), "f");
        assertThat(r.tokens()).extracting(Token::text).containsExactly("a", "=", "1", "\n", "");
        assertThat(r.tokens().get(0).start()).isEqualTo(3);
        assertThat(r.tokens().get(0).range().start()).isEqualTo(new SourcePos(1, 4, 3));
    }

    @Test
    void bareTemplateMode() {
        LexResult r = Lexer.scanTemplate("Hi ${name}!\n%{ for x in y }${x}%{ endfor }$", "t");
        assertThat(r.tokens()).extracting(t -> t.kind() + ":" + t.text()).startsWith(
                "STRING_LIT:Hi ", "TEMPLATE_INTERP:${", "IDENT:name", "TEMPLATE_SEQ_END:}", "STRING_LIT:!\n",
                "TEMPLATE_CONTROL:%{", "IDENT:for");
        assertThat(r.tokens().get(r.tokens().size() - 2).text()).isEqualTo("$");
        assertThat(r.tokens().get(r.tokens().size() - 2).kind()).isEqualTo(TokenKind.STRING_LIT);
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void reportsInvalidCharactersOnce() {
        LexResult r = Lexer.scan("a = 1; b = 2; c = `x` & y", "f.tf");
        assertThat(r.diagnostics()).extracting(Diagnostic::summary)
                .containsExactly("Invalid character", "Invalid character", "Unsupported operator");
        assertThat(r.diagnostics().get(0).subject().start()).isEqualTo(new SourcePos(1, 6, 5));
    }

    @Test
    void reportsUnterminatedConstructs() {
        assertThat(Lexer.scan("a = \"abc", "f").diagnostics()).extracting(Diagnostic::summary)
                .containsExactly("Unterminated template string");
        assertThat(Lexer.scan("a = <<EOT\nabc\n", "f").diagnostics()).extracting(Diagnostic::summary)
                .containsExactly("Unterminated heredoc");
        assertThat(Lexer.scan("a = 1 /* abc", "f").diagnostics()).extracting(Diagnostic::summary)
                .containsExactly("Unterminated comment");
        assertThat(Lexer.scan("a = \"x\nb\"", "f").diagnostics()).extracting(Diagnostic::summary)
                .containsExactly("Invalid multi-line string");
    }

    @Test
    void randomInputNeverThrowsAndIsReproducedExactly() {
        Random random = new Random(42);
        String alphabet = "ab1 .=\"${}%~<-EOT\n\r\t#/*\\'`é😀\uD800{}[]()!&|:?";
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String source = sb.toString();
            LexResult r = Lexer.scan(source, "fuzz");
            assertThat(r.tokens().get(r.tokens().size() - 1).kind()).isEqualTo(TokenKind.EOF);
            assertThat(reproduce(source, r.tokens())).isEqualTo(source);
        }
    }

    /** Token texts plus the gaps between them (which must be only blanks or a byte order mark). */
    static String reproduce(String source, List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Token t : tokens) {
            String gap = source.substring(at, t.start());
            assertThat(gap).matches("\uFEFF?[ \t]*");
            out.append(gap).append(t.text());
            at = t.end();
        }
        return out.toString();
    }
}
