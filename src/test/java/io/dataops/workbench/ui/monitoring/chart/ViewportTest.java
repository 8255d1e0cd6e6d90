package io.dataops.workbench.ui.monitoring.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void zoomKeepsTheAnchorAndPanStopsAtTheEnds() {
        Viewport viewport = new Viewport();
        viewport.setFull(0, 100_000, false);
        viewport.zoom(0.5, 25_000);
        assertThat(viewport.from()).isEqualTo(12_500);
        assertThat(viewport.to()).isEqualTo(62_500);

        viewport.pan(-50_000);
        assertThat(viewport.from()).isZero();
        assertThat(viewport.to()).isEqualTo(50_000);

        viewport.zoom(0.000_001, 10_000);
        assertThat(viewport.to() - viewport.from()).isEqualTo(Viewport.MIN_SPAN);
        viewport.reset();
        assertThat(viewport.isZoomed()).isFalse();
    }

    @Test
    void aViewZoomedAtTheLiveEndFollowsItAndOneElsewhereStays() {
        Viewport viewport = new Viewport();
        viewport.setFull(0, 100_000, false);
        viewport.zoom(0.1, 100_000);
        viewport.setFull(10_000, 110_000, true);
        assertThat(viewport.to()).isEqualTo(110_000);
        assertThat(viewport.to() - viewport.from()).isEqualTo(10_000);

        viewport.pan(-50_000);
        double from = viewport.from();
        viewport.setFull(20_000, 120_000, true);
        assertThat(viewport.from()).isEqualTo(from);
    }
}
