package io.dataops.workbench.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.common.UserFacingException;
import org.junit.jupiter.api.Test;

class TerraformVersionCheckTest {

    @Test
    void findsTheVersionLineAfterWarnings() {
        assertThat(TerraformVersionCheck.versionLine("""
                There are some problems with the CLI configuration:
                Terraform v1.11.4
                on linux_amd64
                """)).isEqualTo("Terraform v1.11.4");
        assertThat(TerraformVersionCheck.versionLine("OpenTofu v1.9.0\n")).isEqualTo("OpenTofu v1.9.0");
        assertThat(TerraformVersionCheck.versionLine("something else\n")).isEqualTo("something else");
    }

    @Test
    void aMissingBinaryIsAPlainError() {
        assertThatThrownBy(() -> TerraformVersionCheck.run("/nonexistent/terraform", TaskContext.none()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("Could not run /nonexistent/terraform");
    }

    @Test
    void aBinaryThatFailsReportsItsExitCode() {
        assertThatThrownBy(() -> TerraformVersionCheck.run("false", TaskContext.none()))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("exit code 1");
    }
}
