package io.dataops.workbench.monitor.dashboard;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.monitor.metric.Datapoint;
import io.dataops.workbench.monitor.metric.MetricDescriptor;
import io.dataops.workbench.monitor.metric.MetricQuery;
import io.dataops.workbench.monitor.metric.MetricSeries;
import io.dataops.workbench.monitor.metric.MetricSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Fetches what a dashboard's widgets show, in one batch of queries to the source. Given what the widgets
 * already hold for the same relative range, it fetches only from the start of the last period held to now
 * and merges (see {@link SeriesMerge}); anything else is fetched whole.
 */
public final class DashboardFetch {

    private final MetricSource source;
    private final AlarmAnnotations alarms;

    public DashboardFetch(MetricSource source, AlarmAnnotations alarms) {
        this.source = source;
        this.alarms = alarms;
    }

    public Map<String, WidgetData> fetch(Dashboard dashboard, TimeRange range, Instant now, Map<String, WidgetData> held,
                                         TaskContext context) {
        Instant from = range.from(now);
        Instant to = range.to(now);
        List<MetricDescriptor> known = knownMetrics(dashboard, context);
        List<MetricQuery> queries = new ArrayList<>();
        Map<String, List<Plan>> plans = new LinkedHashMap<>();
        for (Widget widget : dashboard.widgets()) {
            Duration period = AutoPeriod.of(widget, range.length(), dashboard.source());
            WidgetData previous = held.get(widget.id());
            boolean incremental = previous != null && range.isRelative() && sameContent(previous.widget(), widget)
                    && previous.period().equals(period) && !previous.to().isAfter(to);
            List<Plan> widgetPlans = new ArrayList<>();
            for (MetricQuery whole : WidgetQueries.of(widget, known, from, to, period)) {
                WidgetSeries old = incremental ? find(previous, whole) : null;
                Instant queryFrom = old == null ? from
                        : max(from, WidgetQueries.periodStart(previous.to(), period));
                Plan plan = new Plan(whole, old, queryFrom, queries.size());
                if (queryFrom.isBefore(to)) {
                    queries.add(new MetricQuery(whole.metric(), whole.statistic(), period, queryFrom, to));
                } else {
                    plan = new Plan(whole, old, queryFrom, -1);
                }
                widgetPlans.add(plan);
            }
            plans.put(widget.id(), widgetPlans);
        }
        context.message("Fetching " + queries.size() + " series");
        List<MetricSeries> answers = queries.isEmpty() ? List.of() : source.query(queries, context);
        context.checkCancelled();
        Map<String, WidgetData> result = new LinkedHashMap<>();
        for (Widget widget : dashboard.widgets()) {
            List<WidgetSeries> series = new ArrayList<>();
            LinkedHashSet<AlarmAnnotations.Threshold> thresholds = new LinkedHashSet<>();
            List<AlarmAnnotations.StateChange> changes = new ArrayList<>();
            for (Plan plan : plans.get(widget.id())) {
                List<Datapoint> fresh = plan.answer() < 0 ? List.of() : answers.get(plan.answer()).datapoints();
                List<Datapoint> points = plan.old() == null ? fresh
                        : SeriesMerge.merge(plan.old().points(), fresh, plan.from(), from);
                series.add(new WidgetSeries(plan.query().metric(), plan.query().statistic(), points));
                thresholds.addAll(alarms.thresholds(plan.query().metric(), plan.query().statistic()));
                changes.addAll(alarms.stateChanges(plan.query().metric(), plan.query().statistic(), from, to));
            }
            Map<String, String> states = new LinkedHashMap<>();
            widget.alarms().forEach(name -> states.put(name, alarms.state(name)));
            result.put(widget.id(), new WidgetData(widget, AutoPeriod.of(widget, range.length(), dashboard.source()), from, to, series,
                    List.copyOf(thresholds), changes, states));
        }
        return result;
    }

    /**
     * What dimensionless metrics expand to. CloudWatch widgets name exact dimension sets, as CloudWatch's own
     * do, so a CloudWatch dashboard is not expanded and a refresh costs no ListMetrics call.
     */
    private List<MetricDescriptor> knownMetrics(Dashboard dashboard, TaskContext context) {
        if (dashboard.source().isCloudWatch()) {
            return List.of();
        }
        context.message("Listing metrics");
        return source.listMetrics(null, context);
    }

    /** Moving or resizing a widget does not change what it shows. */
    private static boolean sameContent(Widget a, Widget b) {
        return a.type() == b.type() && a.metrics().equals(b.metrics()) && a.period().equals(b.period())
                && a.alarms().equals(b.alarms());
    }

    private static WidgetSeries find(WidgetData data, MetricQuery query) {
        for (WidgetSeries s : data.series()) {
            if (s.sameSeries(query.metric(), query.statistic())) {
                return s;
            }
        }
        return null;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** How one series is filled: the whole query, what was held, and which answer (or -1 for none) is new. */
    private record Plan(MetricQuery query, WidgetSeries old, Instant from, int answer) {
    }
}
