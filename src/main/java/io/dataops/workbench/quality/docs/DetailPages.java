package io.dataops.workbench.quality.docs;

import io.dataops.workbench.quality.history.ExpectationOutcome;
import io.dataops.workbench.quality.history.HistoryKey;
import io.dataops.workbench.quality.history.RunDetail;
import io.dataops.workbench.quality.history.RunSummary;
import io.dataops.workbench.quality.history.TrendPoint;
import io.dataops.workbench.quality.validation.ExpectationConfig;
import io.dataops.workbench.quality.validation.ExpectationSuite;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A validation result's page, a suite's page and a series' history page, plus the lists of suites and series. */
final class DetailPages {

    private static final int SAMPLES_SHOWN = 20;

    private DetailPages() {
    }

    static String result(RunDetail detail) {
        RunSummary run = detail.run();
        StringBuilder body = new StringBuilder("<p>");
        body.append(run.success() ? "<span class=ok>Passed</span>" : "<span class=bad>Failed</span>")
                .append(" · ").append(run.successful()).append(" of ").append(run.evaluated())
                .append(" expectations · ").append(Html.time(run.runAt())).append(" · batch ")
                .append(Html.escape(run.batchLabel())).append(" · source ").append(Html.escape(run.sourceName()))
                .append("</p><p><a href=\"../suites/").append(Slugs.of(run.suiteName())).append(".html\">Suite ")
                .append(Html.escape(run.suiteName())).append("</a> · <a href=\"../history/").append(Slugs.of(run.key()))
                .append(".html\">History of this suite on ").append(Html.escape(run.key().asset())).append("</a></p>");
        if (detail.masked()) {
            body.append("<p class=muted>Values are masked (sensitive-data setting).</p>");
        }
        body.append("<table><tr><th>Expectation<th>Column<th>Observed<th>Unexpected<th>Samples</tr>\n");
        for (ExpectationOutcome outcome : detail.outcomes()) {
            body.append("<tr class=").append(outcome.failed() ? "f" : "p").append("><td><code>")
                    .append(Html.escape(outcome.config().type())).append("</code><br><span class=muted>")
                    .append(Html.value(arguments(outcome.config()))).append("</span><td>")
                    .append(Html.escape(outcome.column().orElse(""))).append("<td>");
            if (outcome.error().isPresent()) {
                body.append("<span class=bad>").append(Html.escape(outcome.error().get())).append("</span>");
            } else {
                outcome.observedValue().ifPresent(v -> body.append(Html.value(v)));
            }
            body.append("<td>");
            if (outcome.unexpectedCount().isPresent()) {
                body.append(outcome.unexpectedCount().getAsLong());
                outcome.unexpectedPercent().ifPresent(p -> body.append(String.format(" (%.2f%%)", p)));
            }
            body.append("<td>");
            List<Object> samples = outcome.unexpectedValues();
            if (!samples.isEmpty()) {
                body.append(Html.value(samples.subList(0, Math.min(SAMPLES_SHOWN, samples.size()))));
            }
            body.append("\n");
        }
        body.append("</table>");
        return Html.page((run.success() ? "Passed: " : "Failed: ") + run.suiteName() + " #" + run.id(), "../",
                body.toString());
    }

    private static Map<String, Object> arguments(ExpectationConfig config) {
        Map<String, Object> kwargs = new java.util.LinkedHashMap<>(config.kwargs());
        kwargs.remove("column");
        return kwargs;
    }

    static String suite(String name, Optional<ExpectationSuite> suite) {
        if (suite.isEmpty()) {
            return Html.page("Suite " + name, "../", "<p class=muted>This suite is no longer in the workspace;"
                    + " its runs are still listed.</p>");
        }
        StringBuilder body = new StringBuilder("<p>").append(suite.get().expectations().size())
                .append(" expectations.</p><table><tr><th>#<th>Expectation<th>Column<th>Arguments</tr>\n");
        int i = 1;
        for (ExpectationConfig config : suite.get().expectations()) {
            body.append("<tr><td>").append(i++).append("<td><code>").append(Html.escape(config.type()))
                    .append("</code><td>").append(Html.escape(String.valueOf(config.kwargs().getOrDefault("column", ""))))
                    .append("<td>").append(Html.value(arguments(config))).append("\n");
        }
        return Html.page("Suite " + name, "../", body.append("</table>").toString());
    }

    static String history(HistoryKey key, List<TrendPoint> points, int totalRuns) {
        StringBuilder body = new StringBuilder("<p class=muted>").append(totalRuns).append(" runs")
                .append(points.size() < totalRuns ? "; the chart and table show the last " + points.size() : "")
                .append(". Line: share of expectations passed; bars: unexpected values.</p>");
        body.append(TrendSvg.render(points));
        body.append("<table><tr><th>Run<th>Batch<th>Passed<th>Unexpected</tr>\n");
        for (TrendPoint p : reversed(points)) {
            body.append("<tr class=").append(p.success() ? "p" : "f").append("><td><a href=\"../results/")
                    .append(p.resultId()).append(".html\">").append(Html.time(p.runAt())).append("</a><td>")
                    .append(Html.escape(p.batchLabel())).append("<td>").append(p.successful()).append('/')
                    .append(p.evaluated()).append("<td>").append(p.unexpectedCount()).append("\n");
        }
        return Html.page("History: " + key.label(), "../", body.append("</table>").toString());
    }

    static String suites(List<String> names) {
        StringBuilder body = new StringBuilder("<ul>");
        for (String name : names) {
            body.append("<li><a href=\"suites/").append(Slugs.of(name)).append(".html\">").append(Html.escape(name))
                    .append("</a>");
        }
        return Html.page("Suites", "", body.append("</ul>").toString());
    }

    static String histories(List<HistoryKey> keys) {
        StringBuilder body = new StringBuilder("<ul>");
        for (HistoryKey key : keys) {
            body.append("<li><a href=\"history/").append(Slugs.of(key)).append(".html\">").append(Html.escape(key.label()))
                    .append("</a>");
        }
        return Html.page("Histories", "", body.append("</ul>").toString());
    }

    static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
