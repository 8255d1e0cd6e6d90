package io.dataops.workbench.ui.monitoring.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataops.workbench.monitor.alarm.AlarmDefinition;
import io.dataops.workbench.monitor.alarm.AlarmEvaluation;
import io.dataops.workbench.monitor.alarm.AlarmState;
import io.dataops.workbench.monitor.alarm.AlarmStore;
import io.dataops.workbench.monitor.alarm.ComparisonOperator;
import io.dataops.workbench.monitor.alarm.TreatMissingData;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricId;
import io.dataops.workbench.monitor.testing.FakeMetricSource;
import io.dataops.workbench.ui.common.SameThreadTaskRunner;
import io.dataops.workbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's logic without the toolkit: form to definition, backtest, why, save and export. */
class AlarmEditorViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");
    private static final MetricId ROWS = MetricId.of("DataQuality", "RowCount", Map.of("suite", "orders"));

    @TempDir
    Path dir;

    private Workspace workspace;
    private AlarmStore store;
    private AlarmEditorViewModel model;
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = new AlarmStore(workspace::connect, clock);
        // Volume every 5 minutes; it collapses to 10 rows in the last 20 minutes.
        FakeMetricSource source = new FakeMetricSource(() -> NOW)
                .with(ROWS, second -> second >= NOW.getEpochSecond() - 1200 ? 10 : 5000);
        model = new AlarmEditorViewModel(source, store, runner, clock);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void backtestShowsWhereALowVolumeAlarmWouldHaveFired() {
        model.loadMetrics();
        MetricDescriptor descriptor = model.metrics().get(0);
        model.chooseMetric(descriptor);
        assertThat(model.name().get()).isEqualTo("RowCount-alarm");
        assertThat(model.dimensions().get()).isEqualTo("suite=orders");
        model.statistic().set("Sum");
        model.period().set(300);
        model.operator().set(ComparisonOperator.LESS_THAN_THRESHOLD);
        model.threshold().set("100");
        model.evaluationPeriods().set(3);
        model.datapointsToAlarm().set(2);
        model.range().set(Duration.ofHours(1));
        model.backtest();

        assertThat(model.evaluations()).hasSize(12);
        assertThat(model.stateChanges()).extracting(AlarmEvaluation::state)
                .containsExactly(AlarmState.OK, AlarmState.ALARM);
        AlarmEvaluation fired = model.stateChanges().get(1);
        assertThat(fired.time()).isEqualTo(NOW.minusSeconds(600));
        model.selectedEvaluation().set(fired);
        assertThat(model.why().get()).contains("ALARM (was OK)", "2026-11-24 05:45:00 UTC  10  breaching",
                "2026-11-24 05:35:00 UTC  5000  not breaching");
        assertThat(model.backtestSeries().get()).isNotEmpty();
    }

    @Test
    void invalidFormsSayWhyAndValidOnesSaveAndExport() {
        model.name().set("bad");
        model.namespace().set("N");
        model.metricName().set("M");
        model.threshold().set("1");
        model.evaluationPeriods().set(2);
        model.datapointsToAlarm().set(3);
        model.period().set(45);
        assertThat(model.definition()).isNull();
        assertThat(model.problems().get()).contains("DatapointsToAlarm (3) must be between 1 and EvaluationPeriods (2)",
                "Period 45 s is not allowed");
        assertThat(model.save()).isFalse();

        model.datapointsToAlarm().set(2);
        model.period().set(60);
        model.statistic().set("p99");
        model.treatMissingData().set(TreatMissingData.BREACHING);
        List<AlarmDefinition> saved = new ArrayList<>();
        model.onSaved(saved::add);
        assertThat(model.save()).isTrue();
        assertThat(saved).singleElement().satisfies(a -> assertThat(a.extendedStatistic()).isEqualTo("p99"));
        assertThat(store.find("bad")).isPresent();

        List<String> exported = new ArrayList<>();
        model.onExportTerraform(exported::add);
        model.exportTerraform();
        assertThat(exported).singleElement().asString().contains("extended_statistic  = \"p99\"",
                "treat_missing_data  = \"breaching\"");

        model.edit(store.find("bad").orElseThrow().definition());
        assertThat(model.statistic().get()).isEqualTo("p99");
        assertThat(model.threshold().get()).isEqualTo("1");
    }
}
