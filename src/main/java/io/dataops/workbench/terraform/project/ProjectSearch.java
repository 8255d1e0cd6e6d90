package io.dataops.workbench.terraform.project;

import io.dataops.workbench.common.TaskContext;
import io.dataops.workbench.terraform.editing.SearchQuery;
import io.dataops.workbench.terraform.editing.TextMatch;
import io.dataops.workbench.terraform.editing.TextSearch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Searches every Terraform file of a project, plain or regex. Open buffers take the place of the file on
 * disk so the results match what the user sees, unsaved edits included.
 */
public final class ProjectSearch {

    public static final int MAX_HITS = 5_000;

    private ProjectSearch() {
    }

    public static List<SearchHit> search(ProjectTreeNode project, SearchQuery query, Map<Path, String> openBuffers,
                                         TaskContext context) {
        List<SearchHit> hits = new ArrayList<>();
        List<Path> files = project.files();
        for (int i = 0; i < files.size() && hits.size() < MAX_HITS; i++) {
            context.checkCancelled();
            context.progress(i, files.size());
            Path file = files.get(i);
            String text = openBuffers.containsKey(file) ? openBuffers.get(file)
                    : EditorFiles.read(file).content().orElse("");
            hits.addAll(searchText(file, text, query, MAX_HITS - hits.size()));
        }
        return List.copyOf(hits);
    }

    static List<SearchHit> searchText(Path file, String text, SearchQuery query, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        LineStarts lines = new LineStarts(text);
        for (TextMatch match : TextSearch.findAll(text, query)) {
            if (hits.size() >= limit) {
                break;
            }
            int line = lines.lineOf(match.start());
            int lineStart = lines.startOf(line);
            String lineText = text.substring(lineStart, lines.endOf(line, text.length()));
            hits.add(new SearchHit(file, line + 1, match.start() - lineStart + 1, lineText.strip(),
                    match.start(), match.end()));
        }
        return hits;
    }

    /** Line starts by binary search, so a file with thousands of hits is not rescanned for each. */
    private static final class LineStarts {
        private final int[] starts;

        LineStarts(String text) {
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(int offset) {
            int index = java.util.Arrays.binarySearch(starts, offset);
            return index >= 0 ? index : -index - 2;
        }

        int startOf(int line) {
            return starts[line];
        }

        int endOf(int line, int length) {
            int end = line + 1 < starts.length ? starts[line + 1] - 1 : length;
            return Math.max(end, starts[line]);
        }
    }
}
