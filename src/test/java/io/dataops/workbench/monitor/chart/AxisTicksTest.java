package io.dataops.workbench.monitor.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTicksTest {

    @Test
    void timeTicksFallOnRoundLocalTimes() {
        double from = Instant.parse("2026-03-10T10:07:00Z").toEpochMilli();
        double to = Instant.parse("2026-03-10T11:07:00Z").toEpochMilli();

        List<TimeTicks.Tick> utc = TimeTicks.of(from, to, 8, ZoneOffset.UTC);
        List<TimeTicks.Tick> kolkata = TimeTicks.of(from, to, 8, ZoneId.of("Asia/Kolkata"));

        assertThat(utc).extracting(TimeTicks.Tick::label).containsExactly("10:10", "10:20", "10:30", "10:40",
                "10:50", "11:00");
        // +05:30: the ticks are at round local times, so at :x0 local, which is :x0 UTC shifted by 30 minutes.
        assertThat(kolkata).extracting(TimeTicks.Tick::label).startsWith("15:40", "15:50", "16:00");
    }

    @Test
    void midnightIsLabelledWithTheDate() {
        double from = Instant.parse("2026-03-09T20:00:00Z").toEpochMilli();
        double to = Instant.parse("2026-03-10T04:00:00Z").toEpochMilli();
        assertThat(TimeTicks.of(from, to, 6, ZoneOffset.UTC)).extracting(TimeTicks.Tick::label)
                .contains("Mar 10", "02:00");
    }

    @Test
    void valueTicksAreRound() {
        assertThat(ValueTicks.of(0, 93, 5)).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0);
        assertThat(ValueTicks.step(0, 0.7, 4)).isEqualTo(0.2);
        assertThat(ValueTicks.label(25_000)).isEqualTo("25k");
        assertThat(ValueTicks.label(0.25)).isEqualTo("0.25");
    }

    @Test
    void stackingSumsOverTheUnionOfTimestamps() {
        XySeries a = new XySeries(new double[] {1, 2, 3}, new double[] {1, 1, 1});
        XySeries b = new XySeries(new double[] {2, 3, 4}, new double[] {2, 2, 2});
        List<XySeries> stacked = Stacking.stack(List.of(a, b));
        assertThat(stacked.get(0).x()).containsExactly(1, 2, 3, 4);
        assertThat(stacked.get(0).y()).containsExactly(1, 1, 1, 0);
        assertThat(stacked.get(1).y()).containsExactly(1, 3, 3, 2);
    }
}
