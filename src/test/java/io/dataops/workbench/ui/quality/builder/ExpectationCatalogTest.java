package io.dataops.workbench.ui.quality.builder;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.quality.validation.expectations.ExpectationRegistry;
import org.junit.jupiter.api.Test;

class ExpectationCatalogTest {

    private final ExpectationCatalog catalog = ExpectationCatalog.of(ExpectationRegistry.standard().types());

    @Test
    void everyRegisteredTypeIsListedWithItsOwnDescriptionAndKwargs() {
        assertThat(catalog.entries()).extracting(CatalogEntry::type)
                .containsExactlyInAnyOrderElementsOf(ExpectationRegistry.standard().types());
        assertThat(catalog.entries()).allSatisfy(entry -> {
            assertThat(entry.description()).isNotEqualTo("No description yet.");
            assertThat(entry.kwargs()).isNotEmpty();
        });
    }

    @Test
    void searchMatchesEveryWordInTheNameTheDescriptionOrTheKwargs() {
        assertThat(catalog.search("row count")).extracting(CatalogEntry::type)
                .contains("expect_table_row_count_to_be_between", "expect_table_row_count_to_equal")
                .doesNotContain("expect_column_values_to_not_be_null");
        assertThat(catalog.search("freshness")).extracting(CatalogEntry::type)
                .containsExactly("dataops_expect_column_newest_value_to_be_recent");
        assertThat(catalog.search("value_set not")).extracting(CatalogEntry::type)
                .contains("expect_column_values_to_not_be_in_set");
    }
}
