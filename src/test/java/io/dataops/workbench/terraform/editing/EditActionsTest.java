package io.dataops.workbench.terraform.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditActionsTest {

    @Test
    void enterKeepsTheIndentationAndIndentsAfterAnOpeningBrace() {
        assertThat(apply("  a = 1|", EditActions.newline("  a = 1", 7))).isEqualTo("  a = 1\n  |");
        assertThat(apply("x {|}", EditActions.newline("x {}", 3))).isEqualTo("x {\n  |\n}");
        assertThat(apply("  y = [|", EditActions.newline("  y = [", 7))).isEqualTo("  y = [\n    |");
    }

    @Test
    void bracketsAndQuotesCloseThemselvesAndTypingTheCloserStepsOverIt() {
        assertThat(EditActions.typed("x = ", 4, '{')).get().isEqualTo(new TextEdit(4, 4, "{}", 5));
        assertThat(EditActions.typed("x = {}", 5, '}')).get().isEqualTo(new TextEdit(5, 5, "", 6));
        assertThat(EditActions.typed("x = ", 4, '"')).get().isEqualTo(new TextEdit(4, 4, "\"\"", 5));
        assertThat(EditActions.typed("x = abc", 4, '(')).isEmpty();
        assertThat(EditActions.typed("x = a", 5, 'b')).isEmpty();
    }

    @Test
    void commentToggleCommentsTheSelectedLinesAndBack() {
        String text = "a = 1\n  b = 2\n\nc = 3\n";
        TextEdit comment = EditActions.toggleComment(text, 2, 10);
        String commented = text.substring(0, comment.start()) + comment.text() + text.substring(comment.end());
        assertThat(commented).isEqualTo("# a = 1\n  # b = 2\n\nc = 3\n");
        TextEdit back = EditActions.toggleComment(commented, 0, 12);
        assertThat(commented.substring(0, back.start()) + back.text() + commented.substring(back.end())).isEqualTo(text);
    }

    private static String apply(String marked, TextEdit edit) {
        String text = marked.replace("|", "");
        String result = text.substring(0, edit.start()) + edit.text() + text.substring(edit.end());
        return result.substring(0, edit.caret()) + "|" + result.substring(edit.caret());
    }
}
