package io.dataops.workbench.quality.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import io.dataops.workbench.quality.validation.store.ValidationStore;
import io.dataops.workbench.quality.validation.suite.SuiteJson;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suite versions in a real workspace: save, skip identical, list, diff, roll back, import and export. */
class SuiteVersionsTest {

    @TempDir
    Path dir;

    Workspace workspace;
    SuiteVersions versions;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws"));
        versions = new SuiteVersions(workspace::connect);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static ExpectationConfig notNull(String column) {
        return ExpectationConfig.of("expect_column_values_to_not_be_null", Map.of("column", column));
    }

    private static ExpectationConfig between(String column, Object min, Object max) {
        return ExpectationConfig.of("expect_column_values_to_be_between",
                new java.util.LinkedHashMap<>(Map.of("column", column, "min_value", min, "max_value", max)));
    }

    @Test
    void everySaveIsAVersionAndAnUnchangedSaveIsNot() {
        SavedVersion first = versions.save(ExpectationSuite.of("pay", List.of(notNull("id"))), "first");
        assertThat(first.created()).isTrue();
        assertThat(first.version().version()).isEqualTo(1);
        SavedVersion same = versions.save(ExpectationSuite.of("pay", List.of(notNull("id"))), "again");
        assertThat(same.created()).isFalse();
        assertThat(same.version().version()).isEqualTo(1);
        SavedVersion second = versions.save(ExpectationSuite.of("pay", List.of(notNull("id"), notNull("amount"))), "");
        assertThat(second.version().version()).isEqualTo(2);
        assertThat(versions.list("pay")).extracting(SuiteVersion::version).containsExactly(2, 1);
        assertThat(versions.list("pay").get(1).note()).isEqualTo("first");
        assertThat(versions.suiteNames()).containsExactly("pay");
        // the current suite (what checkpoints run) follows the latest save
        assertThat(new ValidationStore(workspace::connect).findSuite("pay").orElseThrow().expectations()).hasSize(2);
    }

    @Test
    void diffListsAddedRemovedAndChangedKwargsAndAUnifiedText() {
        versions.save(ExpectationSuite.of("pay", List.of(notNull("id"), between("amount", 0, 100), notNull("staff"))), "");
        versions.save(ExpectationSuite.of("pay", List.of(notNull("id"), between("amount", 0, 250), notNull("email"))), "");
        SuiteDiff diff = versions.diff("pay", 1, 2);
        assertThat(diff.changes(ExpectationChange.Kind.ADDED)).singleElement()
                .satisfies(c -> assertThat(c.column()).contains("email"));
        assertThat(diff.changes(ExpectationChange.Kind.REMOVED)).singleElement()
                .satisfies(c -> assertThat(c.column()).contains("staff"));
        ExpectationChange changed = diff.changes(ExpectationChange.Kind.CHANGED).get(0);
        assertThat(changed.type()).isEqualTo("expect_column_values_to_be_between");
        assertThat(changed.kwargChanges()).singleElement().satisfies(k -> {
            assertThat(k.key()).isEqualTo("max_value");
            assertThat(k.before()).contains(100);
            assertThat(k.after()).contains(250);
        });
        assertThat(diff.unifiedDiff()).contains("--- pay v1").contains("+++ pay v2").contains("-").contains("+");
        assertThat(diff.unifiedDiff().lines().filter(l -> l.startsWith("+") && l.contains("250"))).hasSize(1);
        assertThat(versions.diff("pay", 2, 2).isEmpty()).isTrue();
    }

    @Test
    void equalNumbersWrittenDifferentlyAreNoChange() {
        assertThat(SuiteDiffer.changes(ExpectationSuite.of("s", List.of(between("a", 5, 10))),
                ExpectationSuite.of("s", List.of(between("a", 5.0, 10L))))).isEmpty();
    }

    @Test
    void rollbackSavesTheOldContentAsANewVersion() {
        versions.save(ExpectationSuite.of("pay", List.of(notNull("id"))), "");
        versions.save(ExpectationSuite.of("pay", List.of(notNull("id"), notNull("x"))), "");
        SavedVersion rolled = versions.rollback("pay", 1, null);
        assertThat(rolled.version().version()).isEqualTo(3);
        assertThat(rolled.version().note()).isEqualTo("Rolled back to version 1");
        assertThat(rolled.version().json()).isEqualTo(versions.require("pay", 1).json());
        assertThat(versions.list("pay")).hasSize(3);
        assertThatThrownBy(() -> versions.rollback("pay", 9, "")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("no version 9").hasMessageContaining("[1, 2, 3]");
    }

    @Test
    void importsAndExportsBothGreatExpectationsFormats() throws Exception {
        ExpectationSuite suite = ExpectationSuite.of("pay", List.of(notNull("id"), between("amount", 0, 10)));
        Path v0 = dir.resolve("out/pay.v0.json");
        SuiteFiles.export(suite, v0, SuiteJson.Version.V0);
        assertThat(Files.readString(v0)).contains("\"expectation_suite_name\"").contains("\"expectation_type\"");
        Path v1 = dir.resolve("out/pay.json");
        SuiteFiles.export(suite, v1, SuiteJson.Version.V1);
        assertThat(Files.readString(v1)).contains("\"name\" : \"pay\"").doesNotContain("expectation_type");
        assertThat(SuiteFiles.importFile(v0)).isEqualTo(suite);
        assertThat(SuiteFiles.importFile(v1)).isEqualTo(suite);
        Files.writeString(dir.resolve("bad.json"), "{\"name\": \"x\", \"expectations\": [");
        assertThatThrownBy(() -> SuiteFiles.importFile(dir.resolve("bad.json"))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aSuiteNeedsANameToBeSaved() {
        assertThatThrownBy(() -> versions.save(ExpectationSuite.of(" ", List.of()), ""))
                .isInstanceOf(UserFacingException.class);
        assertThat(versions.latest("nothing")).isEqualTo(Optional.empty());
    }
}
