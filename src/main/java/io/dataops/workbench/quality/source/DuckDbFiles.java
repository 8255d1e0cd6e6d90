package io.dataops.workbench.quality.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The DuckDB table function that reads a file source: read_csv, read_parquet or read_json. */
final class DuckDbFiles {

    private DuckDbFiles() {
    }

    static String readFunction(FileSource source, CsvOptions csv) {
        String path = literal(source.location());
        return switch (source.format()) {
            case CSV, TSV -> "read_csv(" + path + csvArguments(csv) + ")";
            case PARQUET -> "read_parquet(" + path + ")";
            case JSON -> "read_json_auto(" + path + ")";
            case JSONL -> "read_json_auto(" + path + ", format = 'newline_delimited')";
        };
    }

    private static String csvArguments(CsvOptions csv) {
        StringBuilder args = new StringBuilder();
        csv.delimiter().ifPresent(d -> args.append(", delim = ").append(literal(String.valueOf(d))));
        csv.header().ifPresent(h -> args.append(", header = ").append(h));
        csv.quote().ifPresent(q -> args.append(", quote = ").append(literal(String.valueOf(q))));
        csv.encoding().ifPresent(e -> args.append(", encoding = ").append(literal(e)));
        return args.toString();
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** The files a location names: itself, or the matches of its glob (for sniffing and error diagnosis). */
    static List<Path> files(FileSource source) {
        if (!source.isGlob()) {
            return List.of(Path.of(source.location()));
        }
        Path glob = Path.of(source.location()).toAbsolutePath();
        Path root = glob.getRoot();
        Path base = root;
        for (Path part : glob) {
            if (part.toString().matches(".*[*?\\[].*")) {
                break;
            }
            base = base.resolve(part);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile).filter(matcher::matches).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<Path> firstFile(FileSource source) {
        return files(source).stream().findFirst();
    }
}
