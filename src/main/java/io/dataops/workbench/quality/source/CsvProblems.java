package io.dataops.workbench.quality.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds, after DuckDB refused a CSV file, the first line that is to blame — bytes that are not valid in the
 * encoding, or a row with more or fewer fields than the header — so the error names the file and line.
 * Runs only on the failure path, so reading the file again costs nothing on success. Lines are split on
 * bytes and decoded one by one, so the line number of a bad byte is exact (UTF-16 is not checked this way).
 */
final class CsvProblems {

    private CsvProblems() {
    }

    static Optional<String> firstProblem(Path file, char delimiter, String encoding) {
        if (encoding.equals("utf-16")) {
            return Optional.empty();
        }
        CharsetDecoder decoder = charset(encoding).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            FieldCounter counter = new FieldCounter(delimiter);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            long lineNumber = 0;
            int b;
            boolean more = true;
            while (more) {
                b = in.read();
                if (b != '\n' && b != -1) {
                    bytes.write(b);
                    continue;
                }
                more = b != -1;
                if (!more && bytes.size() == 0) {
                    break;
                }
                lineNumber++;
                String line;
                try {
                    line = decoder.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
                } catch (CharacterCodingException e) {
                    return Optional.of(file.getFileName() + " line " + lineNumber + ": not valid " + encoding
                            + " text. Set the file's encoding (utf-8, utf-16 or latin-1).");
                }
                bytes.reset();
                Optional<String> problem = counter.accept(line.replace("\r", ""), lineNumber);
                if (problem.isPresent()) {
                    return Optional.of(file.getFileName() + " " + problem.get());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Counts the fields of each record (a quoted field may span lines) against the first record's count. */
    private static final class FieldCounter {
        private final char delimiter;
        private int expected = -1;
        private int fields;
        private boolean quoted;

        FieldCounter(char delimiter) {
            this.delimiter = delimiter;
        }

        Optional<String> accept(String line, long lineNumber) {
            if (!quoted && line.isBlank()) {
                return Optional.empty();
            }
            fields += CsvLines.countOutsideQuotes(line, delimiter) + (quoted ? 0 : 1);
            quoted = CsvLines.endsInsideQuotes(line, quoted);
            if (quoted) {
                return Optional.empty();
            }
            int found = fields;
            fields = 0;
            if (expected < 0) {
                expected = found;
            } else if (found != expected) {
                return Optional.of("line " + lineNumber + ": " + found + " fields, but the first line has " + expected
                        + " (delimiter '" + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter)) + "')."
                        + " Fix that row, or check the delimiter and quote settings.");
            }
            return Optional.empty();
        }
    }

    private static Charset charset(String encoding) {
        return encoding.equals("latin-1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    }
}
