package io.dataops.workbench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.quality.profile.ProfileComparison;
import io.dataops.workbench.quality.profile.ProfileDiff;
import io.dataops.workbench.quality.profile.ProfileJson;
import io.dataops.workbench.quality.profile.ProfileMasking;
import io.dataops.workbench.quality.profile.ProfileOptions;
import io.dataops.workbench.quality.profile.TableProfile;
import io.dataops.workbench.quality.secret.SecretKeyFile;
import io.dataops.workbench.quality.secret.SecretRef;
import io.dataops.workbench.quality.source.AssetRef;
import io.dataops.workbench.quality.source.EngineSettings;
import io.dataops.workbench.quality.source.FileSource;
import io.dataops.workbench.quality.source.JdbcSource;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources and profiles kept in the workspace, masking, settings, and comparing two profiles. */
class StoredProfilesTest {

    @TempDir
    Path dir;

    @Test
    void savesSourcesWithoutPlainPasswordsAndProfilesWithTheirTime() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            QualityWorkspace quality = new QualityWorkspace(workspace, new SecretKeyFile(dir.resolve("keys")),
                    Map.of("PW", "env-pw"));
            SecretRef encrypted = quality.cipher().encrypt("typed-pw");
            quality.sources().save(new JdbcSource("warehouse", "jdbc:h2:mem:w", "sa", encrypted));
            quality.sources().save(new JdbcSource("ci", "jdbc:h2:mem:c", "sa", SecretRef.env("PW")));
            assertThat(quality.sources().find("warehouse")).hasValueSatisfying(s ->
                    assertThat(((JdbcSource) s).password()).isEqualTo(encrypted));
            assertThat(quality.sources().list()).hasSize(2);
            assertThatThrownBy(() -> quality.sources().save(new JdbcSource("bad", "jdbc:pg://h/d?password=x", "",
                    SecretRef.none()))).isInstanceOf(UserFacingException.class).hasMessageNotContaining("=x");
            try (Connection c = workspace.connect(); ResultSet r = c.createStatement()
                    .executeQuery("SELECT password_ref FROM quality_data_source")) {
                while (r.next()) {
                    assertThat(r.getString(1)).doesNotContain("typed-pw").doesNotContain("env-pw");
                }
            }
            assertThat(Files.readAllBytes(workspace.databaseFile())).asString().doesNotContain("typed-pw");

            quality.settings().setEngine(new EngineSettings("512MB", 1));
            assertThat(quality.settings().engine()).isEqualTo(new EngineSettings("512MB", 1));

            Path csv = dir.resolve("people.csv");
            Files.writeString(csv, "name,age\nann,30\nbob,40\n");
            FileSource people = FileSource.of(csv.toString()).withName("people");
            quality.sources().save(people);
            assertThat(quality.sources().find("people")).hasValue(people);
            TableProfile first = quality.profiler().profile(people, AssetRef.wholeFile(), Optional.empty(),
                    ProfileOptions.exact(), TaskContext.none());
            quality.settings().setMaskValues(true);
            long id = quality.profiles().save("people", first, quality.settings().maskValues());

            TableProfile stored = quality.profiles().load(id);
            assertThat(stored.masked()).isTrue();
            assertThat(stored.column("name").orElseThrow().sampleValues()).containsOnly(ProfileMasking.MASK);
            assertThat(stored.column("name").orElseThrow().topValues()).isEmpty(); // All distinct: no top values.
            assertThat(stored.column("age").orElseThrow().numeric().orElseThrow().mean()).isEqualTo(35.0);
            assertThat(ProfileJson.write(stored, false)).doesNotContain("ann");
            assertThat(quality.profiles().list("people", first.asset())).singleElement()
                    .satisfies(p -> assertThat(p.profiledAt()).isEqualTo(first.profiledAt()));
        }
    }

    @Test
    void jsonRoundTripsAndComparisonFindsTheChanges() throws Exception {
        Path before = dir.resolve("before.csv");
        Path after = dir.resolve("after.csv");
        Files.writeString(before, "id,amount,city\n1,10,a\n2,11,a\n3,12,b\n4,13,b\n");
        Files.writeString(after, "id,amount,city,extra\n1,100,,x\n2,110,,x\n3,120,c,x\n4,130,c,x\n5,140,c,x\n");
        TableProfile old = Profiling.profile(dir, FileSource.of(before.toString()), AssetRef.wholeFile());
        TableProfile fresh = Profiling.profile(dir, FileSource.of(after.toString()), AssetRef.wholeFile());
        assertThat(ProfileJson.read(ProfileJson.write(old, false))).isEqualTo(old);

        ProfileDiff diff = ProfileComparison.compare(old, fresh);
        assertThat(diff.rowCountChange()).isEqualTo(1);
        assertThat(diff.schemaChanges()).extracting(ProfileDiff.SchemaChange::column).containsExactly("extra");
        ProfileDiff.ColumnChange amount = diff.columnChanges().stream()
                .filter(c -> c.column().equals("amount")).findFirst().orElseThrow();
        assertThat(amount.flagged()).isTrue();
        ProfileDiff.ColumnChange city = diff.columnChanges().stream()
                .filter(c -> c.column().equals("city")).findFirst().orElseThrow();
        assertThat(city.nullRatioAfter()).isEqualTo(0.4);
        assertThat(city.flagged()).isTrue();
        assertThat(ProfileComparison.compare(old, old).hasChanges()).isFalse();
    }
}
