package io.dataops.workbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.common.UserFacingException;
import io.dataops.workbench.workspace.WorkspaceException;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    @Test
    void userFacingMessageIsShownAsIs() {
        assertThat(ErrorMessages.plainMessage(new WorkspaceException("The workspace is newer than this build.")))
                .isEqualTo("The workspace is newer than this build.");
    }

    @Test
    void userFacingCauseIsFoundInTheChain() {
        RuntimeException wrapped = new RuntimeException("wrapper", new UserFacingException("Disk is full."));
        assertThat(ErrorMessages.plainMessage(wrapped)).isEqualTo("Disk is full.");
    }

    @Test
    void otherExceptionsGetAPlainGenericSentence() {
        assertThat(ErrorMessages.plainMessage(new NullPointerException("x is null")))
                .isEqualTo(ErrorMessages.GENERIC)
                .doesNotContain("NullPointerException");
    }

    @Test
    void detailsHoldTheStackTrace() {
        assertThat(ErrorMessages.details(new IllegalStateException("boom")))
                .contains("IllegalStateException: boom")
                .contains("ErrorMessagesTest");
    }
}
