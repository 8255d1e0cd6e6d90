package io.dataops.workbench.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsProfilesTest {

    private static final String CONFIG = """
            # comment
            [profile dev]
            region = eu-central-1
            output = json

            [default]
            region=us-east-1

            [sso-session corp]
            sso_region = us-east-1

            [profile  staging ]
            ; no region
            """;

    private static final String CREDENTIALS = """
            [default]
            aws_access_key_id = AKIAEXAMPLE
            aws_secret_access_key = secret
            [ci-bot]
            aws_access_key_id = AKIAOTHER
            """;

    @Test
    void namesComeFromBothFilesDefaultFirstWithoutSsoSessions() {
        AwsProfiles profiles = AwsProfiles.parse(CONFIG, CREDENTIALS);
        assertThat(profiles.names()).containsExactly("default", "dev", "staging", "ci-bot");
    }

    @Test
    void regionsComeFromTheConfigFile() {
        AwsProfiles profiles = AwsProfiles.parse(CONFIG, CREDENTIALS);
        assertThat(profiles.region("dev")).contains("eu-central-1");
        assertThat(profiles.region("default")).contains("us-east-1");
        assertThat(profiles.region("staging")).isEmpty();
        assertThat(profiles.region("ci-bot")).isEmpty();
        assertThat(profiles.region("unknown")).isEmpty();
    }

    @Test
    void awsConfigFileVariableWinsOverTheHomeDirectory(@TempDir Path dir) throws IOException {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[profile from-home]\n");
        Path custom = Files.writeString(dir.resolve("custom-config"), "[profile from-env]\nregion = sa-east-1\n");

        assertThat(AwsProfiles.load(Map.of(), home).names()).containsExactly("from-home");
        AwsProfiles fromEnv = AwsProfiles.load(Map.of("AWS_CONFIG_FILE", custom.toString()), home);
        assertThat(fromEnv.names()).containsExactly("from-env");
        assertThat(fromEnv.region("from-env")).contains("sa-east-1");
    }

    @Test
    void missingFilesMeanNoProfiles(@TempDir Path home) {
        assertThat(AwsProfiles.load(Map.of(), home).names()).isEmpty();
    }
}
