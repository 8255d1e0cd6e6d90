package io.dataops.workbench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.profile.ColumnProfile;
import io.dataops.workbench.quality.profile.SemanticType;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.quality.source.JdbcSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Empty tables, mixed columns, ragged rows, bad bytes, odd names, missing files. */
class TrickyInputsTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyTableHasZeroRowsAndNoStatistics() throws Exception {
        String url = "jdbc:h2:mem:empty;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().execute("CREATE TABLE t (id INT, \"select\" VARCHAR(10), \"a b\" DATE)");
            TableProfile profile = Profiling.profile(dir, JdbcSource.of(url), AssetRef.table("t"));
            assertThat(profile.rowCount()).isZero();
            assertThat(profile.duplicateRows()).hasValue(0);
            assertThat(profile.columns()).allSatisfy(c -> {
                assertThat(c.nullCount()).isZero();
                assertThat(c.numeric()).isEmpty();
                assertThat(c.histogram()).isEmpty();
                assertThat(c.semanticType()).isEqualTo(SemanticType.EMPTY);
            });
        }
    }

    @Test
    void aHeaderOnlyCsvIsAnEmptyTable() throws Exception {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "a,b\n");
        assertThat(Profiling.profile(dir, FileSource.of(file.toString()), AssetRef.wholeFile()).rowCount()).isZero();
    }

    @Test
    void awkwardColumnNamesAreQuoted() throws Exception {
        Path file = dir.resolve("names.csv");
        Files.writeString(file, "select,\"it's\",\"a \"\"b\"\" c\",from\n1,x,2,3\n2,y,2,3\n");
        TableProfile profile = Profiling.profile(dir, FileSource.of(file.toString()), AssetRef.wholeFile());
        assertThat(profile.columns()).extracting(ColumnProfile::name).containsExactly("select", "it's", "a \"b\" c", "from");
        assertThat(profile.column("a \"b\" c").orElseThrow().numeric().orElseThrow().sum()).isEqualTo(4.0);
    }

    @Test
    void aMixedCsvColumnIsTextAndSaysSo() throws Exception {
        Path file = dir.resolve("mixed.csv");
        Files.writeString(file, "code,n\n1,1\n2,2\nabc,3\n4,4\n");
        ColumnProfile code = Profiling.profile(dir, FileSource.of(file.toString()), AssetRef.wholeFile())
                .column("code").orElseThrow();
        assertThat(code.declaredType()).isEqualTo("VARCHAR");
        assertThat(code.semanticType()).isEqualTo(SemanticType.MIXED);
        assertThat(code.distinctCount()).hasValue(4);
    }

    @Test
    void raggedRowsNameTheLine() throws Exception {
        Path file = dir.resolve("ragged.csv");
        Files.writeString(file, "a,b,c\n1,x,2024-01-01\n2,y,2024-02-01\n3,z,2024-03-01,9\n4,w,2024-04-01\n");
        assertThatThrownBy(() -> Profiling.profile(dir, FileSource.of(file.toString()), AssetRef.wholeFile()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Cannot read ragged.csv line 4: 4 fields, but the first line has 3 (delimiter ',')."
                        + " Fix that row, or check the delimiter and quote settings.");
    }

    @Test
    void aBadEncodingNamesTheLineAndLatin1ReadsIt() throws Exception {
        Path file = dir.resolve("latin.csv");
        Files.write(file, "a,b\n1,ok\n2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        FileSource source = FileSource.of(file.toString());
        assertThatThrownBy(() -> Profiling.profile(dir, source, AssetRef.wholeFile()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("Cannot read latin.csv line 3: not valid utf-8 text.");
        TableProfile latin1 = Profiling.profile(dir, source.withCsv(source.csv().withEncoding("latin-1")),
                AssetRef.wholeFile());
        assertThat(latin1.column("b").orElseThrow().sampleValues()).contains("caf\u00e9");
    }

    @Test
    void aMissingFileIsAnInputError() {
        assertThatThrownBy(() -> Profiling.profile(dir, FileSource.of(dir.resolve("nope.csv").toString()),
                AssetRef.wholeFile()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("does not exist");
    }
}
