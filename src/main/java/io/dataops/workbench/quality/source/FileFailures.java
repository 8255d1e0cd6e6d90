package io.dataops.workbench.quality.source;

import io.dataops.workbench.common.UserFacingException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns DuckDB's long multi-line CSV errors into one message naming the file and line: our own scan finds
 * the row that breaks the file; otherwise DuckDB's first lines (which often name the line) are kept.
 */
final class FileFailures implements Function<SQLException, RuntimeException> {

    private static final int MAX_FILES_SCANNED = 50;

    private final FileSource file;
    private final CsvOptions csv;

    FileFailures(FileSource file, CsvOptions csv) {
        this.file = file;
        this.csv = csv;
    }

    @Override
    public RuntimeException apply(SQLException e) {
        String duckDb = summary(e.getMessage());
        if (file.format().isDelimitedText()) {
            char delimiter = csv.delimiter().orElse(',');
            String encoding = csv.encoding().orElse("utf-8");
            for (Path path : DuckDbFiles.files(file).stream().limit(MAX_FILES_SCANNED).toList()) {
                Optional<String> problem = CsvProblems.firstProblem(path, delimiter, encoding);
                if (problem.isPresent()) {
                    return new UserFacingException("Cannot read " + problem.get(), e);
                }
            }
        }
        return new UserFacingException("Cannot read " + file.location() + ": " + duckDb, e);
    }

    /** The lines of a DuckDB error before its hints, search space and the echoed query. */
    static String summary(String message) {
        if (message == null) {
            return "unknown error";
        }
        StringBuilder kept = new StringBuilder();
        for (String line : message.lines().toList()) {
            if (line.isBlank() || line.startsWith("Possible") || line.startsWith("LINE ")
                    || line.startsWith("The search space")) {
                break;
            }
            kept.append(kept.length() == 0 ? "" : " ").append(line.strip());
        }
        return kept.toString().replaceFirst("^(Invalid Input|Conversion|Binder|IO) Error: ", "");
    }
}
