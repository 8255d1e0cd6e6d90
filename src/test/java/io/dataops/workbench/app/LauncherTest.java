package io.dataops.workbench.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {

    @Test
    void noArgumentsOrOnlyAWorkspaceStartTheGui() {
        assertThat(Launcher.isGuiInvocation(List.of())).isTrue();
        assertThat(Launcher.isGuiInvocation(List.of("--workspace", "/tmp/ws"))).isTrue();
        assertThat(Launcher.isGuiInvocation(List.of("--workspace=/tmp/ws"))).isTrue();
    }

    @Test
    void anythingElseRunsTheCli() {
        assertThat(Launcher.isGuiInvocation(List.of("--version"))).isFalse();
        assertThat(Launcher.isGuiInvocation(List.of("--workspace"))).isFalse();
        assertThat(Launcher.isGuiInvocation(List.of("workspace", "info"))).isFalse();
        assertThat(Launcher.isGuiInvocation(List.of("--workspace", "/tmp/ws", "workspace", "info"))).isFalse();
    }

    @Test
    void findsTheWorkspaceOptionAnywhereBeforeDoubleDash() {
        assertThat(Launcher.workspaceOption(List.of("workspace", "info", "--workspace", "a")))
                .contains(Path.of("a"));
        assertThat(Launcher.workspaceOption(List.of("--workspace=b", "workspace", "info"))).contains(Path.of("b"));
        assertThat(Launcher.workspaceOption(List.of("workspace", "info"))).isEqualTo(Optional.empty());
        assertThat(Launcher.workspaceOption(List.of("--", "--workspace", "c"))).isEmpty();
    }
}
