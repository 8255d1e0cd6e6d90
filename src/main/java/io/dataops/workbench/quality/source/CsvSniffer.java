package io.dataops.workbench.quality.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Detects what DuckDB's sniffer gets wrong on damaged files: the encoding (from a byte-order mark) and the
 * delimiter (the candidate found the same number of times on most of the first lines). Without a
 * delimiter fixed this way, DuckDB reads a ragged file as one wide text column instead of reporting it.
 */
public final class CsvSniffer {

    private static final char[] CANDIDATES = {',', '\t', ';', '|'};
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final int SAMPLE_LINES = 50;

    private CsvSniffer() {
    }

    /** Delimiter and encoding where the file shows them; header and quote stay for DuckDB to detect. */
    public static CsvOptions sniff(Path file, FileFormat format) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE_BYTES);
        }
        Optional<String> encoding = byteOrderMark(head);
        Optional<Character> delimiter = format == FileFormat.TSV ? Optional.of('\t')
                : delimiter(lines(new String(head, encoding.filter("utf-16"::equals).isPresent()
                        ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1)));
        return new CsvOptions(delimiter, Optional.empty(), Optional.empty(), encoding);
    }

    static Optional<String> byteOrderMark(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return Optional.of("utf-16");
        }
        if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
            return Optional.of("utf-8");
        }
        return Optional.empty();
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(text.lines().limit(SAMPLE_LINES + 1L).toList());
        if (lines.size() > SAMPLE_LINES) {
            lines.remove(lines.size() - 1); // The last line read may be cut off by the sample size.
        }
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }

    /** The candidate with the most lines agreeing on one non-zero count (ties: the order of CANDIDATES). */
    static Optional<Character> delimiter(List<String> lines) {
        char best = 0;
        int bestAgreeing = 0;
        for (char candidate : CANDIDATES) {
            int[] counts = lines.stream().mapToInt(line -> CsvLines.countOutsideQuotes(line, candidate)).toArray();
            int agreeing = agreeingOnMode(counts);
            if (agreeing > bestAgreeing) {
                best = candidate;
                bestAgreeing = agreeing;
            }
        }
        return bestAgreeing == 0 ? Optional.empty() : Optional.of(best);
    }

    private static int agreeingOnMode(int[] counts) {
        java.util.Map<Integer, Integer> frequency = new java.util.HashMap<>();
        for (int count : counts) {
            if (count > 0) {
                frequency.merge(count, 1, Integer::sum);
            }
        }
        return frequency.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
