package io.dataops.workbench.terraform.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.UserFacingException;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void plainSearchIgnoresCaseAndTakesRegexCharactersLiterally() {
        assertThat(TextSearch.findAll("a.b A.B axb", SearchQuery.plain("a.b"))).containsExactly(
                new TextMatch(0, 3), new TextMatch(4, 7));
    }

    @Test
    void regexReplaceUsesGroups() {
        SearchQuery query = SearchQuery.regex("var\\.(\\w+)");
        assertThat(TextSearch.replaceAll("x = var.name, y = var.env", query, "local.$1"))
                .isEqualTo("x = local.name, y = local.env");
        String text = "x = var.name";
        assertThat(TextSearch.replacementFor(text, new TextMatch(4, 12), query, "local.$1")).isEqualTo("local.name");
    }

    @Test
    void nextAndPreviousWrapAround() {
        String text = "ab ab ab";
        assertThat(TextSearch.next(text, SearchQuery.plain("ab"), 7)).get().isEqualTo(new TextMatch(0, 2));
        assertThat(TextSearch.previous(text, SearchQuery.plain("ab"), 1)).get().isEqualTo(new TextMatch(6, 8));
    }

    @Test
    void aBrokenRegexIsAMessageForTheUser() {
        assertThatThrownBy(() -> TextSearch.findAll("x", SearchQuery.regex("(")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("not valid");
    }
}
