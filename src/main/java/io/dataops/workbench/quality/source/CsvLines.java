package io.dataops.workbench.quality.source;

/** Counting delimiters on a line while skipping quoted parts ("a,b" is one field). */
final class CsvLines {

    private CsvLines() {
    }

    static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** Whether a line leaves a quote open, so the record continues on the next line. */
    static boolean endsInsideQuotes(String line, boolean alreadyQuoted) {
        boolean quoted = alreadyQuoted;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '"') {
                quoted = !quoted;
            }
        }
        return quoted;
    }
}
