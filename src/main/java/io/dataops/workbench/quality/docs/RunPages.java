package io.dataops.workbench.quality.docs;

import io.dataops.workbench.quality.history.RunSummary;
import java.util.List;

/**
 * The run lists: the index (newest runs), the archive blocks of {@code pageSize} runs each (oldest block first, so
 * a full block never changes again) and the list of all blocks. Rows are terse on purpose: the index of a site
 * with thousands of runs stays a few kilobytes.
 */
final class RunPages {

    static final int NEWEST_BLOCK_LINKS = 10;

    private RunPages() {
    }

    static String index(List<RunSummary> newest, long total, int blocks) {
        StringBuilder body = new StringBuilder("<p class=\"muted\">").append(total).append(" runs, newest first.</p>");
        body.append(table(newest, ""));
        body.append(pager(blocks, ""));
        return Html.page("Validation runs", "", body.toString());
    }

    static String block(int block, int blocks, List<RunSummary> oldestFirst) {
        StringBuilder body = new StringBuilder("<p class=\"muted\">Runs ")
                .append(oldestFirst.isEmpty() ? "" : oldestFirst.get(0).id() + " to " + oldestFirst.get(oldestFirst.size() - 1).id())
                .append(", newest first.</p>");
        body.append(table(reversed(oldestFirst), "../"));
        body.append("<p class=\"pager\">");
        if (block < blocks) {
            body.append("<a href=\"").append(name(block + 1)).append("\">Newer</a>");
        }
        if (block > 1) {
            body.append("<a href=\"").append(name(block - 1)).append("\">Older</a>");
        }
        body.append("<a href=\"pages.html\">All pages</a></p>");
        return Html.page("Runs, page " + block + " of " + blocks, "../", body.toString());
    }

    static String pages(int blocks) {
        StringBuilder body = new StringBuilder("<p class=\"pager\">");
        for (int b = blocks; b >= 1; b--) {
            body.append("<a href=\"").append(name(b)).append("\">").append(b).append("</a>");
        }
        return Html.page("All run pages", "../", body.append("</p>").toString());
    }

    static String name(int block) {
        return String.format("block-%05d.html", block);
    }

    private static String pager(int blocks, String root) {
        StringBuilder pager = new StringBuilder("<p class=\"pager\">Pages: ");
        for (int b = blocks; b >= Math.max(1, blocks - NEWEST_BLOCK_LINKS + 1); b--) {
            pager.append("<a href=\"").append(root).append("runs/").append(name(b)).append("\">").append(b).append("</a>");
        }
        return pager.append("<a href=\"").append(root).append("runs/pages.html\">all</a></p>").toString();
    }

    private static String table(List<RunSummary> runs, String root) {
        StringBuilder table = new StringBuilder("<table><tr><th>Run<th>Suite<th>Batch<th>Source<th>Passed</tr>\n");
        for (RunSummary run : runs) {
            table.append("<tr class=").append(run.success() ? "p" : "f").append("><td><a href=\"").append(root)
                    .append("results/").append(run.id()).append(".html\">").append(Html.time(run.runAt()))
                    .append("</a><td>").append(Html.escape(run.suiteName())).append("<td>")
                    .append(Html.escape(run.batchLabel())).append("<td>").append(Html.escape(run.sourceName()))
                    .append("<td>").append(run.successful()).append('/').append(run.evaluated()).append("\n");
        }
        return table.append("</table>").toString();
    }

    static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
